# Build the Windows installer: dist\masto-diary-<version>-windows-x64-setup.exe
# (not run here: the Debian build, installer/build-windows.sh, runs the same spec under Wine;
# .github/workflows/release.yml runs this on a hosted Windows runner; see installer\README.md)
#
#   powershell -ExecutionPolicy Bypass -File installer\windows\build-windows.ps1
#
# Needs: 64-bit Python 3.11 or later ("py" launcher) and Inno Setup 6.
$ErrorActionPreference = "Stop"
Set-Location (Join-Path $PSScriptRoot "..\..")

if (-not (Test-Path ".venv-windows\Scripts\python.exe")) { py -3 -m venv .venv-windows }
$python = ".venv-windows\Scripts\python.exe"
& $python -m pip install --quiet --upgrade pip
& $python -m pip install --quiet -e ".[build]"
if ($LASTEXITCODE -ne 0) { throw "pip install failed" }
$version = & $python -c "import masto_diary; print(masto_diary.__version__)"

& $python -m PyInstaller --noconfirm --distpath build\pyinstaller\dist `
    --workpath build\pyinstaller\build installer\masto-diary.spec
if ($LASTEXITCODE -ne 0) { throw "PyInstaller failed" }

# The bundle must open a demo diary and quit by itself before it is packed.  A windowed .exe
# does not block the shell, hence Start-Process -Wait.
$smoke = Start-Process -FilePath "build\pyinstaller\dist\masto-diary\masto-diary.exe" `
    -ArgumentList "--demo", "--smoke-test" -Wait -PassThru
if ($smoke.ExitCode -ne 0) { throw "the bundle's smoke test failed ($($smoke.ExitCode))" }

$iscc = (Get-Command iscc.exe -ErrorAction SilentlyContinue).Source
if (-not $iscc) { $iscc = "${env:ProgramFiles(x86)}\Inno Setup 6\ISCC.exe" }
& $iscc "/DAppVersion=$version" "/DSourceDir=..\..\build\pyinstaller\dist\masto-diary" `
    installer\windows\masto-diary.iss
if ($LASTEXITCODE -ne 0) { throw "Inno Setup failed" }
Write-Host "dist\masto-diary-$version-windows-x64-setup.exe"
