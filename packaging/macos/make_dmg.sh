#!/usr/bin/env bash
# Sign (when a Developer ID is available), wrap "Prospect Desk.app" in a compressed disk
# image with an Applications link, then notarise and staple (when credentials are given).
#
# Usage: make_dmg.sh "dist/Prospect Desk.app" dist/ProspectDesk-X.Y.Z.dmg
#
# Optional environment (CI secrets; without them the image is unsigned and Gatekeeper asks
# the user to right-click > Open the first time):
#   MACOS_SIGN_IDENTITY   "Developer ID Application: Company (TEAMID)" in the keychain
#   MACOS_NOTARY_APPLE_ID, MACOS_NOTARY_TEAM_ID, MACOS_NOTARY_PASSWORD (app-specific password)
#                         for xcrun notarytool; all three or none.
set -euo pipefail
APP="$1"
DMG="$2"
HERE="$(cd "$(dirname "$0")" && pwd)"
STAGE="$(mktemp -d)"
trap 'rm -rf "$STAGE"' EXIT

if [[ -n "${MACOS_SIGN_IDENTITY:-}" ]]; then
  # Hardened runtime is required for notarisation; the entitlements allow what a frozen
  # Python needs (see entitlements.plist). Apple advises against --deep: sign the nested
  # libraries and executables first, inside-out, then the bundle itself.
  find "$APP/Contents" -type f \( -name '*.dylib' -o -name '*.so' -o -perm -u+x \) -print0 |
    xargs -0 codesign --force --timestamp --options runtime \
      --entitlements "$HERE/entitlements.plist" --sign "$MACOS_SIGN_IDENTITY"
  codesign --force --timestamp --options runtime --entitlements "$HERE/entitlements.plist" \
    --sign "$MACOS_SIGN_IDENTITY" "$APP"
  codesign --verify --strict --verbose=2 "$APP"
fi

cp -R "$APP" "$STAGE/"
ln -s /Applications "$STAGE/Applications"
rm -f "$DMG"
hdiutil create -volname "Prospect Desk" -srcfolder "$STAGE" -ov -format UDZO "$DMG"

if [[ -n "${MACOS_SIGN_IDENTITY:-}" ]]; then
  codesign --force --timestamp --sign "$MACOS_SIGN_IDENTITY" "$DMG"
fi
if [[ -n "${MACOS_NOTARY_APPLE_ID:-}" ]]; then
  xcrun notarytool submit "$DMG" --apple-id "$MACOS_NOTARY_APPLE_ID" \
    --team-id "$MACOS_NOTARY_TEAM_ID" --password "$MACOS_NOTARY_PASSWORD" --wait
  # Staple the ticket so the first launch works offline.
  xcrun stapler staple "$DMG"
  spctl --assess --type open --context context:primary-signature --verbose "$DMG"
fi
echo "disk image: $DMG"
