// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
//
// mapwait TITLE TIMEOUT_S COMMAND [ARG...]: starts COMMAND and prints two numbers, the milliseconds from its start
// until a top-level window whose title contains TITLE is mapped on $DISPLAY, and until it is usable: from then on it
// answers a window manager's ping (_NET_WM_PING, which GTK answers from its event loop) every 20 ms within 100 ms, for
// 1 s (a round trip of 100 ms or more, e.g. a long first paint, restarts that second; -1 if the window stops
// answering within TIMEOUT_S), then closes that window as a window manager's close button would
// (WM_DELETE_WINDOW), so that the application shuts down cleanly; SIGTERM after 60 s, SIGKILL after 5 s more.
// Exits 1 when no such window appears within TIMEOUT_S seconds.
#include <X11/Xlib.h>
#include <X11/Xutil.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/select.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

static double now_ms(void) {
	struct timespec t;
	clock_gettime(CLOCK_MONOTONIC, &t);
	return t.tv_sec * 1e3 + t.tv_nsec / 1e6;
}

static int titled(Display *d, Window w, const char *title) {
	char *name = NULL;
	int found = XFetchName(d, w, &name) && name != NULL && strstr(name, title) != NULL;
	if (name != NULL) {
		XFree(name);
	}
	return found;
}

static int ended(pid_t child, int tenths) {
	for (int i = 0; i < tenths; i++) {
		if (waitpid(child, NULL, WNOHANG) == child) {
			return 1;
		}
		usleep(100000);
	}
	return 0;
}

static void stop(Display *d, Window w, pid_t child) {
	XEvent close;
	memset(&close, 0, sizeof close);
	close.xclient.type = ClientMessage;
	close.xclient.window = w;
	close.xclient.message_type = XInternAtom(d, "WM_PROTOCOLS", False);
	close.xclient.format = 32;
	close.xclient.data.l[0] = XInternAtom(d, "WM_DELETE_WINDOW", False);
	close.xclient.data.l[1] = CurrentTime;
	XSendEvent(d, w, False, NoEventMask, &close);
	XFlush(d);
	if (ended(child, 600)) {
		return;
	}
	fprintf(stderr, "mapwait: the command did not end within 60 s of closing its window; terminating it\n");
	kill(-child, SIGTERM);
	if (!ended(child, 50)) {
		kill(-child, SIGKILL);
		waitpid(child, NULL, 0);
	}
}

// One _NET_WM_PING to the window; waits for its answer (sent to the root window). Returns the answer's time, or -1.
static double ping(Display *d, Window w, long serial, double deadline) {
	Atom protocols = XInternAtom(d, "WM_PROTOCOLS", False);
	Atom net_wm_ping = XInternAtom(d, "_NET_WM_PING", False);
	XEvent e;
	memset(&e, 0, sizeof e);
	e.xclient.type = ClientMessage;
	e.xclient.window = w;
	e.xclient.message_type = protocols;
	e.xclient.format = 32;
	e.xclient.data.l[0] = net_wm_ping;
	e.xclient.data.l[1] = serial; // the timestamp field, echoed back
	e.xclient.data.l[2] = w;
	XSendEvent(d, w, False, NoEventMask, &e);
	XFlush(d);
	int fd = ConnectionNumber(d);
	while (now_ms() < deadline) {
		while (XPending(d)) {
			XNextEvent(d, &e);
			if (e.type == ClientMessage && e.xclient.message_type == protocols
					&& (Atom) e.xclient.data.l[0] == net_wm_ping && e.xclient.data.l[1] == serial
					&& (Window) e.xclient.data.l[2] == w) {
				return now_ms();
			}
		}
		fd_set in;
		FD_ZERO(&in);
		FD_SET(fd, &in);
		struct timeval tick = { 0, 2000 };
		select(fd + 1, &in, NULL, NULL, &tick);
	}
	return -1;
}

// Usable: pings every PING_MS from the mapping on; the window is usable from the answer of the first ping after which
// no round trip took SLOW_MS or more during QUIET_MS (the UI thread handles input without a noticeable stall).
#define PING_MS 20
#define SLOW_MS 100
#define QUIET_MS 1000
static double usable(Display *d, Window w, double start, double deadline) {
	double from = -1;
	for (long serial = 1; now_ms() < deadline; serial++) {
		double sent = now_ms();
		double answered = ping(d, w, serial, deadline);
		if (answered < 0) {
			return -1;
		}
		if (answered - sent >= SLOW_MS || from < 0) {
			from = answered;
		}
		if (answered - from >= QUIET_MS) {
			return from - start;
		}
		usleep(PING_MS * 1000);
	}
	return -1;
}

static int shown(Display *d, Window root, Window w, pid_t child, double start, double deadline) {
	double mapped = now_ms() - start;
	double ready = usable(d, w, start, deadline);
	printf("%.0f %.0f\n", mapped, ready);
	fflush(stdout);
	stop(d, w, child);
	return 0;
}

int main(int argc, char **argv) {
	if (argc < 4) {
		fprintf(stderr, "usage: mapwait TITLE TIMEOUT_S COMMAND [ARG...]\n");
		return 2;
	}
	Display *d = XOpenDisplay(NULL);
	if (d == NULL) {
		fprintf(stderr, "mapwait: cannot open display\n");
		return 2;
	}
	Window root = DefaultRootWindow(d);
	XSelectInput(d, root, SubstructureNotifyMask);
	XSync(d, False);
	double start = now_ms();
	pid_t child = fork();
	if (child == 0) {
		setpgid(0, 0);
		execvp(argv[3], argv + 3);
		perror("mapwait: exec");
		_exit(127);
	}
	setpgid(child, child);
	double deadline = start + atof(argv[2]) * 1e3;
	int fd = ConnectionNumber(d);
	while (now_ms() < deadline) {
		while (XPending(d)) {
			XEvent e;
			XNextEvent(d, &e);
			if (e.type == MapNotify && titled(d, e.xmap.window, argv[1])) {
				return shown(d, root, e.xmap.window, child, start, deadline);
			}
			if (e.type == CreateNotify) { // a title set after mapping: watch the window's properties too
				XSelectInput(d, e.xcreatewindow.window, PropertyChangeMask | StructureNotifyMask);
			}
			if (e.type == PropertyNotify && titled(d, e.xproperty.window, argv[1])) {
				XWindowAttributes a;
				if (XGetWindowAttributes(d, e.xproperty.window, &a) && a.map_state == IsViewable) {
					return shown(d, root, e.xproperty.window, child, start, deadline);
				}
			}
		}
		if (waitpid(child, NULL, WNOHANG) == child) {
			fprintf(stderr, "mapwait: the command ended before a window titled '%s' was shown\n", argv[1]);
			return 1;
		}
		fd_set in;
		FD_ZERO(&in);
		FD_SET(fd, &in);
		struct timeval tick = { 0, 20000 };
		select(fd + 1, &in, NULL, NULL, &tick);
	}
	fprintf(stderr, "mapwait: no window titled '%s' within %s s\n", argv[1], argv[2]);
	kill(-child, SIGKILL);
	waitpid(child, NULL, 0);
	return 1;
}
