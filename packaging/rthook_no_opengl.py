"""Runtime hook of the frozen build: no Qt OpenGL bindings.

pyqtgraph imports PySide6.QtOpenGL and PySide6.QtOpenGLWidgets when it loads, for its
optional OpenGL drawing (``useOpenGL``), which Khorasan Desktop never turns on: charts are
drawn with Qt's raster engine, on screen and in PDFs. The bindings (9 MB) are left out of
the build, and these two names resolve, when first imported, to modules that refuse any use
with a clear message rather than drawing nothing.
"""

import importlib.abc
import importlib.machinery
import sys
import types

_NAMES = ("PySide6.QtOpenGL", "PySide6.QtOpenGLWidgets")
_MESSAGE = "OpenGL drawing is not part of this build of Khorasan Desktop"


class _Loader(importlib.abc.Loader):
    def create_module(self, spec):
        return types.ModuleType(spec.name, _MESSAGE)

    def exec_module(self, module):
        from PySide6 import QtWidgets

        class QOpenGLWidget(QtWidgets.QWidget):  # pyqtgraph subclasses it when it loads
            def __init__(self, *args, **kwargs):
                raise RuntimeError(_MESSAGE)

        def __getattr__(attr):
            raise AttributeError(f"{module.__name__}.{attr}: {_MESSAGE}")

        if module.__name__.endswith("Widgets"):
            module.QOpenGLWidget = QOpenGLWidget
        module.__getattr__ = __getattr__


class _Finder(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path=None, target=None):
        if name in _NAMES:
            return importlib.machinery.ModuleSpec(name, _Loader())
        return None


sys.meta_path.insert(0, _Finder())
