; Inno Setup 6 script for Prospect Desk. Built by packaging/build.py, which passes
; /DAppVersion=<pyproject version> and /DSourceDir=dist\ProspectDesk; the default below is
; checked against pyproject.toml by tests/packaging/test_recipes.py.
;
; Per-user install (no admin rights): the program goes to %LOCALAPPDATA%\Programs\Prospect Desk,
; shortcuts to the user's Start menu, the file association to HKCU\Software\Classes.
; The user's data (%LOCALAPPDATA%\ProspectDesk: databases, backups, logs) and settings
; (HKCU\Software\ProspectDesk) are never touched by installing or updating, and uninstalling
; removes them only when the user answers Yes to "Also remove my data".
#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#ifndef AppNumericVersion
  ; Windows file versions are numbers only (1.2.0rc1 -> 1.2.0).
  #define AppNumericVersion AppVersion
#endif
#ifndef SourceDir
  #define SourceDir "..\..\dist\ProspectDesk"
#endif
#define AppExe "ProspectDesk.exe"
#define ProgId "ProspectDesk.Database"

[Setup]
AppId={{5E0C4A57-8E0B-4B0B-9D61-6B7B9C1D2A10}
AppName=Prospect Desk
AppVersion={#AppVersion}
AppVerName=Prospect Desk {#AppVersion}
AppPublisher=Prospect Desk
VersionInfoVersion={#AppNumericVersion}
DefaultDirName={autopf}\Prospect Desk
DefaultGroupName=Prospect Desk
DisableProgramGroupPage=yes
; lowest: no UAC prompt; {autopf} then means %LOCALAPPDATA%\Programs.
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
OutputBaseFilename=ProspectDesk-{#AppVersion}-setup
SetupIconFile=..\icons\prospect-desk.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName=Prospect Desk
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
; Tell Explorer to refresh icons after the association changes.
ChangesAssociations=yes
; An update must not run while the app holds its files open.
CloseApplications=yes
MinVersion=10.0

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"
Name: "russian"; MessagesFile: "compiler:Languages\Russian.isl"

[CustomMessages]
english.AssocTask=Add Prospect Desk to "Open with" for SQLite databases (.sqlite3)
russian.AssocTask=Добавить Prospect Desk в «Открыть с помощью» для баз SQLite (.sqlite3)
english.AssocName=Prospect Desk database
russian.AssocName=База данных Prospect Desk
english.RemoveData=Also remove your Prospect Desk data (databases, backups, logs and settings in %1)?%n%nChoose No to keep them for a later install.
russian.RemoveData=Удалить и ваши данные Prospect Desk (базы, резервные копии, журналы и настройки в %1)?%n%nВыберите «Нет», чтобы сохранить их для следующей установки.

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked
Name: "association"; Description: "{cm:AssocTask}"

[Files]
Source: "{#SourceDir}\*"; DestDir: "{app}"; Flags: recursesubdirs createallsubdirs ignoreversion

[InstallDelete]
; A new version replaces the whole bundle: files an older version shipped must not linger.
Type: filesandordirs; Name: "{app}\_internal"

[Icons]
Name: "{autoprograms}\Prospect Desk"; Filename: "{app}\{#AppExe}"
Name: "{autodesktop}\Prospect Desk"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Registry]
; The app's databases are SQLite files with the .sqlite3 extension (prospect-desk.sqlite3 by
; default). That extension is generic, so Prospect Desk joins its "Open with" list instead of
; taking the default from whatever SQLite tool the user has. Opening runs: --db "file".
Root: HKA; Subkey: "Software\Classes\{#ProgId}"; ValueType: string; ValueName: ""; ValueData: "{cm:AssocName}"; Flags: uninsdeletekey; Tasks: association
Root: HKA; Subkey: "Software\Classes\{#ProgId}\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\{#AppExe},0"; Tasks: association
Root: HKA; Subkey: "Software\Classes\{#ProgId}\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"" --db ""%1"""; Tasks: association
Root: HKA; Subkey: "Software\Classes\.sqlite3\OpenWithProgids"; ValueType: string; ValueName: "{#ProgId}"; ValueData: ""; Flags: uninsdeletevalue; Tasks: association
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExe}\SupportedTypes"; ValueType: string; ValueName: ".sqlite3"; ValueData: ""; Flags: uninsdeletekey; Tasks: association

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,Prospect Desk}"; Flags: nowait postinstall skipifsilent

[Code]
{ The user's data folder, as platformdirs names it for the app (user_data_dir("ProspectDesk",
  "ProspectDesk")): databases, backups and import reports, with the logs inside it. }
function UserDataRoot(): String;
begin
  Result := ExpandConstant('{localappdata}\ProspectDesk');
end;

procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
begin
  { Asked once the program files are gone; silent uninstalls (updates, IT scripts) keep data.
    The default button is No: keeping data is the safe answer. }
  if (CurUninstallStep = usPostUninstall) and (not UninstallSilent()) and DirExists(UserDataRoot()) then
  begin
    if MsgBox(FmtMessage(CustomMessage('RemoveData'), [UserDataRoot()]), mbConfirmation,
              MB_YESNO or MB_DEFBUTTON2) = IDYES then
    begin
      DelTree(UserDataRoot(), True, True, True);
      { QSettings keeps the window layout and preferences under HKCU\Software\ProspectDesk. }
      RegDeleteKeyIncludingSubkeys(HKEY_CURRENT_USER, 'Software\ProspectDesk');
    end;
  end;
end;
