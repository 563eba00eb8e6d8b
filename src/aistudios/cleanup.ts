import { messageOf } from '../shared/errors.js'
import type { Reporter } from '../shared/reporter.js'
import type { StudioClient } from './client.js'

/**
 * Deletes a render's project once its video is delivered; true when it is gone. A failure is a warning: the
 * video is safe by then, and what is left behind is a project in the account, not a broken run.
 */
export async function deleteRenderedProject(
  studio: StudioClient,
  projectId: string,
  reporter: Pick<Reporter, 'log' | 'warn'>
): Promise<boolean> {
  try {
    const count = await studio.deleteProjects([projectId])
    reporter.log(
      count > 0
        ? `Deleted the rendered project ${projectId} from AI Studios (delete-rendered-project: true).`
        : `AI Studios has no project ${projectId} left to delete: it is gone already.`
    )
    return true
  } catch (error) {
    reporter.warn(
      `The rendered project ${projectId} could not be deleted (${messageOf(error)}): the video was delivered, and the project stays in your AI Studios account; delete it in the dashboard.`
    )
    return false
  }
}
