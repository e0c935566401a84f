"""The Qt user interface: main window, pages, dialogs.  Pages call services, never SQL."""
