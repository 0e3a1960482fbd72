"""Public-computer mode, without widgets: the idle watcher, the visitor session, safe paths
and the administrator's locks.

The window side (the warning, closing dialogs, clearing what is on screen, the save path,
disabling locked controls) is :mod:`reader.ui.kiosk_mode`.

In public-computer mode nothing is written to the disk: settings live in memory
(``admin_config.make_settings``), logging goes to standard error only, and speech
plays from memory.
"""
