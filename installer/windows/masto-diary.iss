; Inno Setup 6 script: the Windows installer of masto-diary (built and tested under Wine: see ../README.md).
; Built by installer/build-windows.sh (Debian, Wine) or build-windows.ps1 (Windows), which pass
; the version and the PyInstaller folder:
;   iscc /DAppVersion=0.1.0 /DSourceDir=..\..\build\pyinstaller\dist\masto-diary masto-diary.iss
; Installs per user by default (no administrator rights), like the Linux install.sh; the diary
; in %LOCALAPPDATA%\masto-diary is never touched by an update or by uninstalling.
; App id of the desktop files: io.github.mastodiary.MastoDiary

#ifndef AppVersion
  #error Pass /DAppVersion=<version> (build-windows.ps1 does)
#endif
#ifndef SourceDir
  #define SourceDir "..\..\build\pyinstaller\dist\masto-diary"
#endif

[Setup]
; A fixed GUID (uuid5 of the app id) so every version updates the same installation.
AppId={{E0DD60FA-17EC-5ECE-A66C-924185244F83}
AppName=Mastocytosis Diary
AppVersion={#AppVersion}
AppVerName=Mastocytosis Diary {#AppVersion}
AppPublisher=The masto-diary contributors
; Per user: %LOCALAPPDATA%\Programs\masto-diary, all users: Program Files\masto-diary.  This is
; what {autopf} means on Windows 7 and later, spelt out because Wine has no per-user Program
; Files known folder and the installer is tested under Wine (installer/README.md).
DefaultDirName={code:DefaultInstallDir}
DefaultGroupName=Mastocytosis Diary
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir=..\..\dist
OutputBaseFilename=masto-diary-{#AppVersion}-windows-x64-setup
SetupIconFile=..\..\resources\icons\masto-diary.ico
UninstallDisplayIcon={app}\masto-diary.exe
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
CloseApplications=yes

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"
Name: "italian"; MessagesFile: "compiler:Languages\Italian.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "{#SourceDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[InstallDelete]
; An update replaces the bundled libraries whole, so no file of an older version lingers.
Type: filesandordirs; Name: "{app}\_internal"

[Icons]
Name: "{autoprograms}\Mastocytosis Diary"; Filename: "{app}\masto-diary.exe"
Name: "{autodesktop}\Mastocytosis Diary"; Filename: "{app}\masto-diary.exe"; Tasks: desktopicon

[Run]
Filename: "{app}\masto-diary.exe"; Description: "{cm:LaunchProgram,Mastocytosis Diary}"; Flags: nowait postinstall skipifsilent

[Code]
function DefaultInstallDir(Param: String): String;
begin
  if IsAdminInstallMode then
    Result := ExpandConstant('{commonpf}\masto-diary')
  else
    Result := ExpandConstant('{localappdata}\Programs\masto-diary');
end;
