; Inno Setup script for Prospect Desk. Built by packaging/build.py, which passes
; /DAppVersion=... and /DSourceDir=dist\ProspectDesk. Per-user install: no admin rights needed,
; and the user's data folder (%LOCALAPPDATA%\ProspectDesk) is never touched by (un)install.
#ifndef AppVersion
  #define AppVersion "0.0.0"
#endif
#ifndef SourceDir
  #define SourceDir "..\..\dist\ProspectDesk"
#endif

[Setup]
AppId={{5E0C4A57-8E0B-4B0B-9D61-6B7B9C1D2A10}
AppName=Prospect Desk
AppVersion={#AppVersion}
AppPublisher=Prospect Desk
DefaultDirName={localappdata}\Programs\Prospect Desk
DefaultGroupName=Prospect Desk
PrivilegesRequired=lowest
OutputBaseFilename=ProspectDesk-{#AppVersion}-setup
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
ArchitecturesInstallIn64BitMode=x64compatible
UninstallDisplayIcon={app}\ProspectDesk.exe

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"
Name: "russian"; MessagesFile: "compiler:Languages\Russian.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; Flags: unchecked

[Files]
Source: "{#SourceDir}\*"; DestDir: "{app}"; Flags: recursesubdirs ignoreversion

[Icons]
Name: "{group}\Prospect Desk"; Filename: "{app}\ProspectDesk.exe"
Name: "{userdesktop}\Prospect Desk"; Filename: "{app}\ProspectDesk.exe"; Tasks: desktopicon

[Run]
Filename: "{app}\ProspectDesk.exe"; Description: "{cm:LaunchProgram,Prospect Desk}"; Flags: nowait postinstall skipifsilent
