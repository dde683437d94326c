"""The desk session's parts, each a small Qt-free machine over its own fields of the desk's state.

- ``state``: the state the window renders (and the words every part shares);
- ``duty``: who is signed in, badges, the idle sign-out;
- ``scans``: a scan from the reader to the guest on screen (and the refresh after a write);
- ``search``: finding a guest by name, email or phone;
- ``writes``: a write planned, sent once, read back when its answer was lost, said truthfully;
- ``bands``: a new band scanned or printed for the guest;
- ``form``: registering a walk-in, editing a guest;
- ``report``: the customers report and the shift's numbers;
- ``idle``: clearing the screen after a spell without use, warned first.

The parts never import each other (an import contract); the coordinator,
``kiosk.checkin.session.DeskSession``, owns them and routes what one needs of another through
the methods of ``host.Desk``.
"""
