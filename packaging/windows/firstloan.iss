; Inno Setup 6 script: the Windows installer of FirstLoan Desk (首贷培育工作台).
;
; Compiled by `python packaging\build.py --installer`, which passes the version (read from
; desktop\__init__.py only) and the paths:
;   ISCC /DMyAppVersion=x.y.z /DBundleDir=...\dist\FirstLoanDesk /DOutputDir=...\dist packaging\windows\firstloan.iss
;
; Where things live:
;   program files  {autopf}\FirstLoanDesk: C:\Program Files\FirstLoanDesk for the default all-users
;                  install (IT, /ALLUSERS), %LOCALAPPDATA%\Programs\FirstLoanDesk with /CURRENTUSER.
;   user data      %LOCALAPPDATA%\FirstLoanDesk (encrypted database, logs, calendar.json), written by
;                  the app itself, never under Program Files.
;   database key   Windows Credential Manager (service "FirstLoanDesk").
; The uninstaller removes only the program files. The data directory and the key are kept, so a
; reinstall or an upgrade opens the same database; deleting them is a deliberate, manual act.
;
; This file is UTF-8 with a byte-order mark so the Chinese texts reach the compiler intact.

#ifndef MyAppVersion
  #error Pass the version: ISCC /DMyAppVersion=x.y.z (packaging\build.py reads it from desktop\__init__.py)
#endif
#ifndef MyAppFileVersion
  #define MyAppFileVersion MyAppVersion
#endif
#ifndef BundleDir
  #define BundleDir "..\..\dist\FirstLoanDesk"
#endif
#ifndef OutputDir
  #define OutputDir "..\..\dist"
#endif
#define GuiExe "FirstLoanDesk.exe"
#define DataDirName "FirstLoanDesk"

; Simplified Chinese messages: official in the newest Inno Setup 6 releases (Languages\), an
; "Unofficial" translation in older ones, or a copy of ChineseSimplified.isl put beside this script.
#if FileExists(AddBackslash(CompilerPath) + "Languages\ChineseSimplified.isl")
  #define ChineseIsl "compiler:Languages\ChineseSimplified.isl"
#elif FileExists(AddBackslash(CompilerPath) + "Languages\Unofficial\ChineseSimplified.isl")
  #define ChineseIsl "compiler:Languages\Unofficial\ChineseSimplified.isl"
#elif FileExists(AddBackslash(SourcePath) + "ChineseSimplified.isl")
  #define ChineseIsl AddBackslash(SourcePath) + "ChineseSimplified.isl"
#else
  #error ChineseSimplified.isl not found: use Inno Setup 6 with its Chinese Simplified translation, or copy ChineseSimplified.isl (from the Inno Setup translations page) next to firstloan.iss
#endif

[Setup]
AppId={{6B1F0E52-3C2A-4B8E-9D51-7E4A2F0C9A13}
AppName={cm:AppTitle}
AppVersion={#MyAppVersion}
AppVerName={cm:AppTitle} {#MyAppVersion}
AppPublisher=FirstLoan Desk
VersionInfoVersion={#MyAppFileVersion}
VersionInfoProductName=FirstLoan Desk
DefaultDirName={autopf}\FirstLoanDesk
DisableProgramGroupPage=yes
; All users (Program Files) by default, as IT deploys it; /CURRENTUSER (or the dialog) installs for
; one user without administrator rights.
PrivilegesRequired=admin
PrivilegesRequiredOverridesAllowed=commandline dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir={#OutputDir}
OutputBaseFilename=FirstLoanDesk-{#MyAppVersion}-setup
SetupIconFile=..\..\desktop\resources\icons\firstloan.ico
UninstallDisplayIcon={app}\{#GuiExe}
UninstallDisplayName={cm:AppTitle}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ShowLanguageDialog=auto
CloseApplications=yes

[Languages]
; Chinese first: it is also the language used when Windows' own is neither of these.
Name: "chinesesimplified"; MessagesFile: "{#ChineseIsl}"
Name: "english"; MessagesFile: "compiler:Default.isl"

[CustomMessages]
chinesesimplified.AppTitle=首贷培育工作台
english.AppTitle=FirstLoan Desk
chinesesimplified.DataKept=程序已卸载。您的数据仍保留在 %1（加密数据库、日志），数据库密钥仍在 Windows 凭据管理器中，重新安装后可继续使用。%n%n如确需删除数据，请先用“firstloan key export-recovery”备份恢复密钥，再手动删除该文件夹。
english.DataKept=The program was removed. Your data stays in %1 (encrypted database, logs) and the database key stays in Windows Credential Manager, so a reinstall opens it again.%n%nTo delete the data, first back up the recovery key ("firstloan key export-recovery"), then delete that folder by hand.

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[InstallDelete]
; An upgrade replaces the bundled runtime whole, so no file of an older version lingers.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "{#BundleDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{cm:AppTitle}"; Filename: "{app}\{#GuiExe}"; WorkingDir: "{app}"
Name: "{autodesktop}\{cm:AppTitle}"; Filename: "{app}\{#GuiExe}"; WorkingDir: "{app}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#GuiExe}"; Description: "{cm:LaunchProgram,{cm:AppTitle}}"; Flags: nowait postinstall skipifsilent

[UninstallDelete]
; Program folder only. The data directory %LOCALAPPDATA%\FirstLoanDesk is never touched.
Type: filesandordirs; Name: "{app}\_internal"

[Code]
procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
begin
  if (CurUninstallStep = usPostUninstall) and not UninstallSilent then
    MsgBox(FmtMessage(CustomMessage('DataKept'), [ExpandConstant('{localappdata}\{#DataDirName}')]),
      mbInformation, MB_OK);
end;
