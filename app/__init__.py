"""Prospect Desk: a desktop prospecting workstation for sales development reps."""

__version__ = "0.1.0"
APP_NAME = "Prospect Desk"
# Used for the data, config and log folders (platformdirs) and QSettings.
APP_ID = "ProspectDesk"
ORG_NAME = "ProspectDesk"
