"""Khorasan Desktop: an offline reference on ISIS-K and its region."""

__version__ = "0.1.0"
# Qt's own window options the GUI accepts (QApplication reads them from sys.argv):
# -reverse lays the window out right to left. The entry point lets them through to the
# GUI, and a restart (View > Language) passes them on.
QT_OPTIONS = ("-reverse",)
