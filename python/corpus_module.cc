// Python binding of the training-corpus audit (lanjie/corpus/audit.h).
#include <pybind11/pybind11.h>

namespace py = pybind11;

void RegisterCorpus(py::module_& m) { (void)m; }
