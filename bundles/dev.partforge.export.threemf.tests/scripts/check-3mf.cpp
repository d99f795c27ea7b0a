// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
//
// check-3mf FILE...: reads 3MF packages with lib3mf (the 3MF Consortium's reference library, Debian lib3mf-dev)
// and prints per file one line (an unreadable file gets a line with error=, and the exit code stays 0)
//   3MFCHECK file=<path> unit=<lib3mf unit code> warnings=<n> items=<n> manifold=<0|1> triangles=<n>
//            volume=<model units^3> min=<x>,<y>,<z> max=<x>,<y>,<z>
// with the volume and box of all build items after their transforms.
#include <Model/COM/NMR_DLLInterfaces.h>
#include <algorithm>
#include <cstdio>
#include <vector>

using namespace NMR;

static int check(const char *path) {
	PLib3MFModel *model = nullptr;
	PLib3MFModelReader *reader = nullptr;
	if (lib3mf_createmodel(&model) != LIB3MF_OK || lib3mf_model_queryreader(model, "3mf", &reader) != LIB3MF_OK) {
		std::printf("3MFCHECK file=%s error=no-reader\n", path);
		return 1;
	}
	if (lib3mf_reader_readfromfileutf8(reader, path) != LIB3MF_OK) {
		std::printf("3MFCHECK file=%s error=unreadable\n", path);
		return 1;
	}
	DWORD warnings = 0, unit = 0;
	lib3mf_reader_getwarningcount(reader, &warnings);
	lib3mf_model_getunit(model, &unit);
	PLib3MFModelBuildItemIterator *items = nullptr;
	lib3mf_model_getbuilditems(model, &items);
	BOOL more = false;
	int count = 0, manifold = 1;
	long triangles = 0;
	double volume = 0, lo[3] = {1e300, 1e300, 1e300}, hi[3] = {-1e300, -1e300, -1e300};
	while (lib3mf_builditemiterator_movenext(items, &more) == LIB3MF_OK && more) {
		PLib3MFModelBuildItem *item = nullptr;
		lib3mf_builditemiterator_getcurrent(items, &item);
		DWORD id = 0;
		lib3mf_builditem_getobjectresourceid(item, &id);
		MODELTRANSFORM tr;
		lib3mf_builditem_getobjecttransform(item, &tr);
		PLib3MFModelMeshObject *mesh = nullptr;
		if (lib3mf_model_getmeshobjectbyid(model, id, &mesh) != LIB3MF_OK) {
			std::printf("3MFCHECK file=%s error=no-mesh-%u\n", path, (unsigned) id);
			return 1;
		}
		DWORD nv = 0, nt = 0;
		lib3mf_meshobject_getvertexcount(mesh, &nv);
		lib3mf_meshobject_gettrianglecount(mesh, &nt);
		std::vector<MODELMESHVERTEX> v(nv);
		std::vector<MODELMESHTRIANGLE> t(nt);
		lib3mf_meshobject_getvertices(mesh, v.data(), nv, nullptr);
		lib3mf_meshobject_gettriangleindices(mesh, t.data(), nt, nullptr);
		BOOL ok = false;
		lib3mf_meshobject_ismanifoldandoriented(mesh, &ok);
		manifold &= ok ? 1 : 0;
		std::vector<double> p(3 * nv);
		for (DWORD i = 0; i < nv; i++) {
			for (int r = 0; r < 3; r++) {
				p[3 * i + r] = tr.m_fFields[r][0] * v[i].m_fPosition[0] + tr.m_fFields[r][1] * v[i].m_fPosition[1]
						+ tr.m_fFields[r][2] * v[i].m_fPosition[2] + tr.m_fFields[r][3];
				lo[r] = std::min(lo[r], p[3 * i + r]);
				hi[r] = std::max(hi[r], p[3 * i + r]);
			}
		}
		for (DWORD k = 0; k < nt; k++) {
			const double *a = &p[3 * t[k].m_nIndices[0]], *b = &p[3 * t[k].m_nIndices[1]], *c = &p[3 * t[k].m_nIndices[2]];
			volume += (a[0] * (b[1] * c[2] - b[2] * c[1]) - a[1] * (b[0] * c[2] - b[2] * c[0])
					+ a[2] * (b[0] * c[1] - b[1] * c[0])) / 6;
		}
		triangles += nt;
		count++;
	}
	std::printf("3MFCHECK file=%s unit=%u warnings=%u items=%d manifold=%d triangles=%ld volume=%.9g min=%.9g,%.9g,%.9g"
			" max=%.9g,%.9g,%.9g\n", path, (unsigned) unit, (unsigned) warnings, count, manifold, triangles, volume,
			lo[0], lo[1], lo[2], hi[0], hi[1], hi[2]);
	return 0;
}

int main(int argc, char **argv) {
	for (int i = 1; i < argc; i++) {
		check(argv[i]);
	}
	return 0;
}
