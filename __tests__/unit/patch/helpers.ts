import { expect } from '@jest/globals'
import path from 'node:path'
import type { Project } from '../../../src/aistudios/schema.js'
import { ActionError } from '../../../src/shared/errors.js'
import type { FileSource } from '../../../src/patch/files.js'
import { loadPatch, planEdits, type PatchDocument, type Plan } from '../../../src/patch/index.js'

export const WORKSPACE = path.resolve('/ws')

export const CONTEXT = {
  version: '1.4.0',
  'github.sha': '0123456789abcdef',
  'github.ref_name': 'v1.4.0'
}

/**
 * An in-memory workspace: paths relative to `WORKSPACE` → text (or raw bytes). `links` are symlinks:
 * relative path → absolute target.
 */
export function memoryFiles(
  files: Record<string, string | Uint8Array>,
  links: Record<string, string> = {}
): FileSource & { opened: string[] } {
  const contents = new Map(
    Object.entries(files).map(([name, content]) => [
      path.resolve(WORKSPACE, name),
      typeof content === 'string' ? new TextEncoder().encode(content) : content
    ])
  )
  const targets = new Map(
    Object.entries(links).map(([name, target]) => [path.resolve(WORKSPACE, name), target])
  )
  const missing = (file: string) => Object.assign(new Error(`ENOENT: ${file}`), { code: 'ENOENT' })
  const opened: string[] = []
  return {
    opened,
    async realpath(file) {
      const target = targets.get(file) ?? file
      if (target === WORKSPACE || contents.has(target)) return target
      throw missing(file)
    },
    async readFile(file) {
      opened.push(file)
      const content = contents.get(file)
      if (!content) throw missing(file)
      return content
    }
  }
}

export function load(
  text: string,
  {
    file = 'patch.yaml',
    files = {}
  }: { file?: string; files?: Record<string, string | Uint8Array> } = {}
): Promise<PatchDocument> {
  return loadPatch(file, { workspace: WORKSPACE, files: memoryFiles({ [file]: text, ...files }) })
}

export async function plan(
  text: string,
  project: Project,
  options: {
    file?: string
    files?: Record<string, string | Uint8Array>
    context?: Record<string, string>
  } = {}
): Promise<Plan> {
  return planEdits(project, await load(text, options), options.context ?? CONTEXT)
}

/** The `ActionError` that `work` fails with; the test fails if it succeeds or fails otherwise. */
export async function failure(work: () => unknown): Promise<ActionError> {
  try {
    await work()
  } catch (error) {
    expect(error).toBeInstanceOf(ActionError)
    if (error instanceof ActionError) {
      expect(error.message).not.toContain('\n')
      return error
    }
  }
  throw new Error('expected an ActionError, but it succeeded')
}

/** The location the error points at, as `file:line:column`. */
export function where(error: ActionError): string {
  const at = error.details.location
  return `${at?.file}:${at?.line}:${at?.column}`
}
