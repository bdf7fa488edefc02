#!/usr/bin/env bash
# Wrap "Prospect Desk.app" in a compressed disk image with an Applications link.
# Usage: make_dmg.sh "dist/Prospect Desk.app" dist/ProspectDesk-X.Y.Z.dmg
# Signing/notarisation (needs an Apple Developer ID) goes between freezing and this step:
#   codesign --deep --force --options runtime --sign "Developer ID Application: ..." "$APP"
#   xcrun notarytool submit "$DMG" --keychain-profile ... --wait && xcrun stapler staple "$DMG"
set -euo pipefail
APP="$1"
DMG="$2"
STAGE="$(mktemp -d)"
trap 'rm -rf "$STAGE"' EXIT
cp -R "$APP" "$STAGE/"
ln -s /Applications "$STAGE/Applications"
rm -f "$DMG"
hdiutil create -volname "Prospect Desk" -srcfolder "$STAGE" -ov -format UDZO "$DMG"
