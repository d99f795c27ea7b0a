#!/usr/bin/env python3
# SPDX-License-Identifier: EPL-2.0
"""Writes a newer update site for one exporter: SITE OUT FEATURE BUNDLE copies the feature and its bundle from the built
update site SITE into a new p2 repository OUT (simple metadata and artifact repository, uncompressed XML) with the
micro version raised by one, in the p2 metadata, the feature.xml and the bundle manifest. Prints the new version."""
import lzma
import os
import re
import sys
import zipfile

site, out, feature, bundle = sys.argv[1:5]

def read_xml(name):
	for f in (name + '.jar', name + '.xml.xz', name + '.xml'):
		p = os.path.join(site, f)
		if os.path.exists(p):
			if f.endswith('.jar'):
				with zipfile.ZipFile(p) as z:
					return z.read(name + '.xml').decode()
			if f.endswith('.xz'):
				return lzma.open(p).read().decode()
			return open(p).read()
	sys.exit('no %s in %s' % (name, site))

def element(xml, tag, match):
	m = re.search(r"\n\s*<%s %s.*?</%s>" % (tag, match, tag), xml, re.S)
	if not m:
		sys.exit('no %s %s' % (tag, match))
	return m.group(0)

content = read_xml('content')
group = element(content, 'unit', "id='%s.feature.group'" % re.escape(feature))
old = re.search(r"version='([^']+)'", group).group(1)
major, minor, micro, qualifier = old.split('.', 3)
new = '%s.%s.%d.%s' % (major, minor, int(micro) + 1, qualifier)
units = [element(content, 'unit', "id='%s' version='%s'" % (re.escape(i), re.escape(old)))
		for i in (feature + '.feature.group', feature + '.feature.jar', bundle)]
artifacts_xml = read_xml('artifacts')
arts = [element(artifacts_xml, 'artifact', "classifier='%s' id='%s' version='%s'" % (c, re.escape(i), re.escape(old)))
		for c, i in (('org.eclipse.update.feature', feature), ('osgi.bundle', bundle))]
arts = [re.sub(r"\s*<property name='(download|artifact)\.[^']*' value='[^']*'/>", '', a) for a in arts]
arts = [re.sub(r"<properties size='\d+'>", lambda m, a=a: "<properties size='%d'>" % a.count('<property '), a) for a in arts]

os.makedirs(os.path.join(out, 'features'))
os.makedirs(os.path.join(out, 'plugins'))
with open(os.path.join(out, 'content.xml'), 'w') as f:
	f.write("<?xml version='1.0' encoding='UTF-8'?>\n<?metadataRepository version='1.2.0'?>\n"
			"<repository name='PartForge update %s' type='org.eclipse.equinox.internal.p2.metadata.repository.LocalMetadataRepository' version='1'>\n"
			"  <units size='3'>%s\n  </units>\n</repository>\n" % (new, ''.join(u.replace(old, new) for u in units)))
with open(os.path.join(out, 'artifacts.xml'), 'w') as f:
	f.write("<?xml version='1.0' encoding='UTF-8'?>\n<?artifactRepository version='1.1.0'?>\n"
			"<repository name='PartForge update %s' type='org.eclipse.equinox.p2.artifact.repository.simpleRepository' version='1'>\n"
			"  <mappings size='3'>\n"
			"    <rule filter='(&amp; (classifier=osgi.bundle))' output='${repoUrl}/plugins/${id}_${version}.jar'/>\n"
			"    <rule filter='(&amp; (classifier=binary))' output='${repoUrl}/binary/${id}_${version}'/>\n"
			"    <rule filter='(&amp; (classifier=org.eclipse.update.feature))' output='${repoUrl}/features/${id}_${version}.jar'/>\n"
			"  </mappings>\n  <artifacts size='2'>%s\n  </artifacts>\n</repository>\n" % (new, ''.join(a.replace(old, new) for a in arts)))

def rejar(src, dst, entry):
	with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dst, 'w', zipfile.ZIP_DEFLATED) as zout:
		for item in zin.infolist():
			data = zin.read(item.filename)
			if item.filename == entry:
				if old.encode() not in data:
					sys.exit('%s of %s lacks version %s' % (entry, src, old))
				data = data.replace(old.encode(), new.encode())
			zout.writestr(item, data)

rejar(os.path.join(site, 'features', '%s_%s.jar' % (feature, old)), os.path.join(out, 'features', '%s_%s.jar' % (feature, new)), 'feature.xml')
rejar(os.path.join(site, 'plugins', '%s_%s.jar' % (bundle, old)), os.path.join(out, 'plugins', '%s_%s.jar' % (bundle, new)), 'META-INF/MANIFEST.MF')
print(new)
