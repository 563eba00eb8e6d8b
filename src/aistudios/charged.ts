/*
 * What a user is told about an AI Studios answer the action could not use: above all the export whose
 * outcome is unknown, which may have started a render and spent credits.
 */

/**
 * The message of every ambiguous export failure: the render may have started and been charged, what was
 * received, where to look, and how to continue without paying twice.
 */
export function exportMayHaveBeenCharged(
  apiUrl: string,
  what: string,
  reason: string,
  received: string | undefined
): string {
  const seen = received === undefined ? '' : ` Received: "${excerpt(received)}".`
  return `The export request (${what}) failed with ${reason} and may have reached AI Studios: the render may have started and may have been charged. It was not sent again, so that you are not charged twice.${seen} Check the project list at ${dashboardUrl(apiUrl)} for a new render; if one is running, re-run with \`resume-project-id\` set to its id.`
}

/** The dashboard users of that API host sign in to: the `.cn` host has its own. */
export function dashboardUrl(apiUrl: string): string {
  let host = ''
  try {
    host = new URL(apiUrl).hostname
  } catch {
    // An api-url that does not parse was refused as an input already; fall back to the main dashboard.
  }
  return host.endsWith('.cn') ? 'https://app.aistudios.cn' : 'https://app.aistudios.com'
}

/** A received body in one line, short enough for a log or an annotation. */
export function excerpt(text: string): string {
  return text.replace(/\s+/g, ' ').trim().slice(0, 200)
}
