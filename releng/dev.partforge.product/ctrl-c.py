#!/usr/bin/python3
# SPDX-License-Identifier: EPL-2.0
"""ctrl-c.py PATTERN SECONDS COMMAND...

Runs COMMAND on its own pseudo-terminal, as a user's shell would run it in the foreground, waits until its output
shows PATTERN, then types Ctrl+C on that terminal (the terminal driver sends SIGINT to the foreground process
group, exactly as for a user). Prints everything the command wrote, then its exit status as "EXIT <n>" or
"SIGNAL <n>". Exit: 0 when Ctrl+C was typed, 1 when PATTERN never appeared within SECONDS.
"""
import os
import pty
import select
import signal
import sys
import time

pattern, seconds, command = sys.argv[1].encode(), float(sys.argv[2]), sys.argv[3:]
pid, fd = pty.fork()
if pid == 0:
    signal.signal(signal.SIGINT, signal.SIG_DFL)
    os.execvp(command[0], command)

seen, typed, deadline = b"", False, time.monotonic() + seconds


def read_some(timeout):
    global seen
    ready, _, _ = select.select([fd], [], [], timeout)
    if not ready:
        return True
    try:
        chunk = os.read(fd, 65536)
    except OSError:  # EIO: the command and all its children closed the terminal
        return False
    if not chunk:
        return False
    seen += chunk
    sys.stdout.buffer.write(chunk)
    sys.stdout.flush()
    return True


while read_some(0.5):
    if not typed and pattern in seen:
        os.write(fd, b"\x03")
        typed, deadline = True, time.monotonic() + 120
    if time.monotonic() > deadline:  # never showed PATTERN, or still running 2 minutes after Ctrl+C
        print("ctrl-c.py: %s; killing it" % ("still running after Ctrl+C" if typed else "PATTERN never appeared"))
        os.kill(pid, signal.SIGKILL)
        break
_, status = os.waitpid(pid, 0)
print("SIGNAL %d" % os.WTERMSIG(status) if os.WIFSIGNALED(status) else "EXIT %d" % os.WEXITSTATUS(status))
sys.exit(0 if typed else 1)
