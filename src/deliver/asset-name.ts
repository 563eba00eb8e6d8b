/**
 * A release asset name GitHub will store unchanged. GitHub silently renames "special characters"
 * (spaces, `~`, `:`, parentheses... its list is undocumented) to dots, which breaks finding the
 * asset again for overwrite. So the action does the renaming itself, with a stricter set than
 * GitHub's, and passes the original as the asset's label for display.
 */
export function safeAssetName(name: string): string {
  return name
    .replace(/[^A-Za-z0-9._-]+/g, '.')
    .replace(/\.{2,}/g, '.')
    .replace(/^\.+|\.+$/g, '')
}
