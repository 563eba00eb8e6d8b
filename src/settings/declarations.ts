import { RESOLUTIONS } from '../aistudios/export-request.js'
import { MAX_SHARDS } from '../manifest/shard.js'

/**
 * Every setting of a run, declared once: its name (the action input's), how its text is read, its default, a
 * one-line description, and how the terminal takes it. The action takes every setting as an input; the CLI
 * takes those with `cli`. The parser (`parse.ts`) and the CLI's help read this table; `action.yml` and the
 * README must agree with it (the agreement test checks).
 */

export type Kind =
  | { type: 'text' }
  | { type: 'secret' }
  | { type: 'boolean' }
  /** Empty gives `emptyMeans` when the default is empty too (e.g. "for the repository's default"). */
  | { type: 'whole'; min: number; max: number; emptyMeans?: string }
  | { type: 'positive'; max: number; example: number }
  | { type: 'choice'; values: readonly string[] }
  | { type: 'url'; protocols: readonly string[]; example: string }
  | { type: 'path'; example: string }
  | { type: 'map' }
  | { type: 'project-id' }
  | { type: 'upload' }
  | { type: 'file-name' }

/** How the terminal takes a setting: a flag and its argument's placeholder, the command's argument, or a variable. */
export type Terminal = { flag: string; arg: string } | { argument: string } | { env: string }

export interface Declaration {
  readonly name: string
  readonly kind: Kind
  /** The text an unset or empty setting stands for, read like a given one. */
  readonly default: string
  /** action.yml's default when the runner fills it in from the workflow (`${{ github.token }}`): the parser can't. */
  readonly runnerDefault?: string
  readonly description: string
  readonly cli?: Terminal
  /** Masked in the log and scrubbed from the summary. */
  readonly secret?: boolean
}

const MINUTES = 360 // a GitHub-hosted job's own limit

const TABLE = [
  {
    name: 'project-id',
    kind: { type: 'project-id' },
    default: '',
    description:
      "the project to render: the last part of its editor URL; required unless there's a manifest",
    cli: { argument: '<project-id>' }
  },
  {
    name: 'patch',
    kind: { type: 'path', example: '.github/videos/product-tour.yaml' },
    default: '',
    description: 'the patch file (YAML or JSON) with the edits to apply before rendering',
    cli: { flag: 'patch', arg: 'FILE' }
  },
  {
    name: 'vars',
    kind: { type: 'map' },
    default: '',
    description: "a YAML or JSON map of values for the patch's {{ name }} placeholders",
    cli: { flag: 'vars', arg: 'FILE' }
  },
  {
    name: 'api-key',
    kind: { type: 'secret' },
    default: '',
    description: 'an AI Studios API key (or an App ID with its User Key)',
    cli: { env: 'AISTUDIOS_API_KEY' },
    secret: true
  },
  {
    name: 'app-id',
    kind: { type: 'text' },
    default: '',
    description: 'the AI Studios App ID, with its User Key',
    cli: { env: 'AISTUDIOS_APP_ID' }
  },
  {
    name: 'user-key',
    kind: { type: 'secret' },
    default: '',
    description: 'the AI Studios User Key that goes with the App ID',
    cli: { env: 'AISTUDIOS_USER_KEY' },
    secret: true
  },
  {
    name: 'api-url',
    kind: { type: 'url', protocols: ['http:', 'https:'], example: 'https://app.aistudios.com' },
    default: 'https://app.aistudios.com',
    description: 'the AI Studios API host; https://app.aistudios.cn in China',
    cli: { env: 'AISTUDIOS_API_URL' }
  },
  {
    name: 'resolution',
    kind: { type: 'choice', values: RESOLUTIONS },
    default: '1080',
    description: 'the rendered resolution: 4k, 1080, 720 or 480',
    cli: { flag: 'resolution', arg: 'R' }
  },
  {
    name: 'workspace-id',
    kind: { type: 'text' },
    default: '',
    description: 'the AI Studios workspace to render in; empty for the default'
  },
  {
    name: 'webhook-url',
    kind: { type: 'url', protocols: ['https:'], example: 'https://hooks.example.com/render' },
    default: '',
    description: "an https URL AI Studios calls with the render's progress"
  },
  {
    name: 'timeout-minutes',
    kind: { type: 'positive', max: MINUTES, example: 30 },
    default: '30',
    description: 'give up waiting for export, render and download after this many minutes',
    cli: { flag: 'timeout-minutes', arg: 'N' }
  },
  {
    name: 'upload-timeout-minutes',
    kind: { type: 'positive', max: MINUTES, example: 10 },
    default: '10',
    description: 'the deadline in minutes for delivering the video, from the end of the download'
  },
  {
    name: 'request-timeout-seconds',
    kind: { type: 'positive', max: 600, example: 30 },
    default: '30',
    description: 'how long one request to AI Studios may take before it is abandoned and retried'
  },
  {
    name: 'output-path',
    kind: { type: 'path', example: 'videos/product-tour.mp4' },
    default: '',
    description: 'where the MP4 goes (default: videos/<project name>.mp4)',
    cli: { flag: 'out', arg: 'FILE' }
  },
  {
    name: 'dry-run',
    kind: { type: 'boolean' },
    default: 'false',
    description: 'plan without exporting anything: no credits are spent'
  },
  {
    name: 'cache',
    kind: { type: 'boolean' },
    default: 'true',
    description: 'keep every video in the Actions cache by its content hash; false always exports'
  },
  {
    name: 'resume-project-id',
    kind: { type: 'project-id' },
    default: '',
    description: 'poll and download the render ID started earlier, without exporting again',
    cli: { flag: 'resume', arg: 'ID' }
  },
  {
    name: 'upload',
    kind: { type: 'upload' },
    default: 'artifact',
    description: 'where the video goes: artifact, release, artifact,release or none'
  },
  {
    name: 'retention-days',
    kind: { type: 'whole', min: 1, max: 90, emptyMeans: "for the repository's default" },
    default: '',
    description: "days to keep the artifact; empty for the repository's default"
  },
  {
    name: 'overwrite',
    kind: { type: 'boolean' },
    default: 'true',
    description: 'replace an artifact or release asset of the same name'
  },
  {
    name: 'release-tag',
    kind: { type: 'text' },
    default: '',
    description: 'the release to attach the video to; empty for the tag that started the run'
  },
  {
    name: 'asset-name',
    kind: { type: 'file-name' },
    default: '',
    description: "the release asset's name; empty for the video file's name"
  },
  {
    name: 'pr-comment',
    kind: { type: 'boolean' },
    default: 'false',
    description: 'post the plan per video as one pull-request comment'
  },
  {
    name: 'delete-rendered-project',
    kind: { type: 'boolean' },
    default: 'false',
    description: "once the video is delivered, delete the project this run's export created"
  },
  {
    name: 'github-token',
    kind: { type: 'secret' },
    default: '',
    runnerDefault: '${{ github.token }}',
    description: 'the token for release uploads and the pull-request comment',
    secret: true
  },
  {
    name: 'manifest',
    kind: { type: 'path', example: '.github/videos.yaml' },
    default: '',
    description: 'render the videos a manifest (YAML or JSON) names',
    cli: { flag: 'manifest', arg: 'FILE' }
  },
  {
    name: 'only',
    kind: { type: 'text' },
    default: '',
    description: 'with a manifest, the videos to render, comma-separated (default: all)',
    cli: { flag: 'only', arg: 'NAMES' }
  },
  {
    name: 'max-parallel',
    kind: { type: 'whole', min: 1, max: 50 },
    default: '3',
    description: 'with a manifest, how many videos render at once',
    cli: { flag: 'max-parallel', arg: 'N' }
  },
  {
    name: 'fail-fast',
    kind: { type: 'boolean' },
    default: 'false',
    description: 'with a manifest, start no further video after a failure'
  },
  {
    name: 'max-exports',
    kind: { type: 'whole', min: 0, max: 10_000 },
    default: '10',
    description:
      'the most exports a run may start, else it fails before exporting anything; 0 is no limit',
    cli: { flag: 'max-exports', arg: 'N' }
  },
  {
    name: 'shard',
    kind: { type: 'text' },
    default: '',
    description:
      'with a manifest, render only shard i of n of its videos (e.g. 2/8, from the matrix output)'
  },
  {
    name: 'shard-count',
    kind: { type: 'whole', min: 1, max: MAX_SHARDS, emptyMeans: 'for about 5 videos a shard' },
    default: '',
    description:
      'with a manifest, how many shards the matrix output splits the videos into; empty for about 5 videos a shard'
  },
  {
    name: 'gather',
    kind: { type: 'boolean' },
    default: 'false',
    description:
      "with a manifest, report a sharded run once from its shards' results: outputs, summary, comment"
  }
] as const satisfies readonly Declaration[]

export type SettingName = (typeof TABLE)[number]['name']

export const DECLARATIONS: readonly Declaration[] = TABLE

const BY_NAME = new Map(DECLARATIONS.map(d => [d.name, d]))

export function declaration(name: SettingName): Declaration {
  return BY_NAME.get(name) as Declaration
}

export function isSettingName(name: string): name is SettingName {
  return BY_NAME.has(name)
}
