"""Runtime hook: pyzbar finds libzbar with ctypes.util.find_library, which looks only at the
system's library cache; in the bundle the library sits next to the app. Load that copy first,
so the camera's second decoder works on a machine without libzbar installed."""

import ctypes
import os
import sys

_bundled = os.path.join(getattr(sys, "_MEIPASS", ""), "libzbar.so.0")
if os.path.exists(_bundled):
    import pyzbar.zbar_library as _zbar_library

    _library = ctypes.cdll.LoadLibrary(_bundled)
    _zbar_library.load = lambda: (_library, [])
