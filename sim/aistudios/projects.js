// @ts-check
/*
 * Seed projects of the simulator, shaped like `GET /editor/project/{id}` answers (docs/aistudios-api.md). They
 * carry the editor's fields and only the project fields the client knows, so a run against them tells no "fields
 * this action does not know" notice; a test that needs a field nobody documents injects one
 * (`inject({ kind: 'extraField' })`), or uses the unit fixtures' `brandKit`.
 */
import { randomBytes } from 'node:crypto'

/**
 * @typedef {{ id: string, type: string, tag?: string | null, [key: string]: unknown }} SimClip
 * @typedef {{ org?: string | null, modelId?: string | null, clothId?: string | null, [key: string]: unknown }} SimScript
 * @typedef {{ clips: SimClip[], scripts?: SimScript[], [key: string]: unknown }} SimScene
 * @typedef {{ _id: string, name: string, orientation: string, scenes: SimScene[], [key: string]: unknown }} SimProject
 */

/** Modern shape (Dec 2024+): speech in `scene.scripts[]`. */
export const SAMPLE_PROJECT_ID = '65fa6b07dca2e367461a2925'
/** Old shape: no `scripts`, speech in the avatar clip's `script: {org, tts}`. */
export const LEGACY_PROJECT_ID = '6502c3a1e4b0a1b2c3d4e5f6'
/** Portrait, one scene with two avatars and two `scripts` entries (the tutorial's conversation scene). */
export const CONVERSATION_PROJECT_ID = '66b1f0c2a9e8d7c6b5a41302'

export const SIM_USER_ID = '64c0ffee0000000000000001'

const PRESENTER = { aiName: 'M000045058', cloth: 'BG00002320' }
const ANALYST = { aiName: 'M000320746', cloth: 'BG00007305' }

/** A fresh 24-hex id, like the MongoDB ObjectIds the service hands out. */
export function newObjectId() {
  return randomBytes(12).toString('hex')
}

/** Fresh copies of the seeds, so one simulator's mutations never leak into another's. */
export function seedProjects() {
  return new Map(SEEDS.map(project => [project._id, copy(project)]))
}

/**
 * @param {SimProject} project
 * @returns {SimProject}
 */
function copy(project) {
  return JSON.parse(JSON.stringify(project))
}

// The editor (fabric.js) writes these on every clip; the renderer ignores them.
const LOCK_FLAGS = {
  lockScalingFlip: true,
  lockMovementX: false,
  lockMovementY: false,
  lockRotation: false,
  lockScalingX: false,
  lockScalingY: false,
  lockSkewingX: false,
  lockSkewingY: false,
  lockUniScaling: false
}

/**
 * @param {string} id
 * @param {{ aiName: string, cloth: string }} avatar
 * @param {{ left: number, tag?: string, script?: { org: string, tts: null } }} placement
 * @returns {SimClip}
 */
function aiModelClip(id, { aiName, cloth }, { left, tag, script }) {
  const thumbnail = `https://cdn.aistudios.com/ai/ai_mov_thm/tight_ai_mov_thm_${aiName}_${cloth}.png`
  return {
    id,
    name: id,
    type: 'aiModel',
    layer: 1,
    left,
    top: 146.74129135713008,
    width: 679,
    height: 2229,
    scaleX: 0.4197530864197531,
    scaleY: 0.4197530864197531,
    opacity: 100,
    fill: 'rgb(0,0,0)',
    ...(script ? { script } : {}),
    effects: [{ type: 'head-only' }],
    headOnly: null,
    voiceOnly: false,
    isDelete: false,
    ...(tag ? { tag } : {}),
    model: {
      ai_name: aiName,
      emotion: cloth,
      language: 'en',
      source_url: thumbnail,
      editor: {
        headCenterX: 613.33,
        headCenterY: 290,
        headWidth: 212,
        headHeight: 268,
        modelTightX: 412,
        modelTightY: 96,
        modelTightW: 566,
        modelTightH: 2348,
        modelOriginW: 1374,
        modelOriginH: 2444,
        scale: 0.3,
        adjustX: 0,
        adjustY: 0
      },
      editorValue: { left, top: 146.74, scale: 0.3 },
      origin: { width: 1374, height: 2444 },
      deployImage: { themb_src: thumbnail, org_src: thumbnail, edit_src: thumbnail },
      deploySize: { width: 1374, height: 2444 },
      maskFile: `${aiName}_${cloth}H_alpha_INV.mp4`
    },
    ...LOCK_FLAGS
  }
}

/**
 * @param {string} org
 * @param {{ aiName: string, cloth: string }} avatar
 * @returns {SimScript}
 */
function script(org, { aiName, cloth }) {
  return { org, isTTS: false, tts: null, modelId: aiName, clothId: cloth }
}

/** @param {string} file */
function background(file) {
  return {
    id: 'background',
    type: 'background',
    source_type: 'image',
    source_url: `/images/background/${file}`,
    source_color: 'rgb(54,188,37)'
  }
}

/**
 * @param {string} id
 * @param {string} name
 * @param {string} orientation
 * @param {SimScene[]} scenes
 * @returns {SimProject}
 */
function project(id, name, orientation, scenes) {
  return {
    _id: id,
    name,
    orientation,
    userId: SIM_USER_ID,
    templateId: null,
    state: 'draft',
    thumbnailUrl: `https://cdn-studio.deepbrain.io/thumbnails/${id}.png`,
    baseInfoId: `base-${id}`,
    dictionary: {},
    backendTaskId: null,
    exportType: 'video',
    progress: 0,
    creditSubstracted: false,
    createdAt: '2024-03-20T08:41:11.512Z',
    updatedAt: '2025-06-02T13:05:47.093Z',
    download_url: null,
    scenes
  }
}

const productTour = project(SAMPLE_PROJECT_ID, 'Product tour', 'landscape', [
  {
    sceneIdx: 0,
    watermark: false,
    thumbnailUrl: null,
    background: background('bg_blue_gradient.png'),
    // Not in any docs: kept to check that clients round-trip unknown scene fields.
    transition: { type: 'fade', duration: 0.5 },
    scripts: [script('<p>Welcome to the product tour.</p>', PRESENTER)],
    clips: [
      aiModelClip('aiModel-1h4ij5h8e87', PRESENTER, { left: 630.2493927359487, tag: 'presenter' }),
      {
        id: 'image-1hgur0eiu11',
        name: 'image-1hgur0eiu11',
        type: 'image',
        layer: 2,
        tag: 'hero-image',
        source_url: 'https://cdn-studio.deepbrain.io/images/657c091a3dbfd5f37bf9ef8d.jpg',
        left: 202.78,
        top: 121.12,
        width: 2333,
        height: 3500,
        scaleX: 0.1494529947853931,
        scaleY: 0.1494529947853931,
        fill: 'rgb(0,0,0)',
        animation: { type: 'fade-in', duration: 1, delay: 0 },
        ...LOCK_FLAGS
      },
      {
        id: 'textImage-1hgus4k2m0a',
        name: 'textImage-1hgus4k2m0a',
        type: 'textImage',
        layer: 3,
        tag: 'title',
        text: 'Meet Acme Studio',
        fill: '#ffffff',
        fontSize: 48,
        fontFamily: 'Noto Sans CJK',
        fontWeight: 'bold',
        align: 'left',
        left: 100,
        top: 80,
        width: 900,
        height: 80,
        scaleX: 1,
        scaleY: 1,
        shadow: { color: '#00000060', blur: 2, offsetX: 5, offsetY: 5, enabled: true },
        // Not in any docs: an editor plug-in's data on a clip.
        customData: { source: 'brand-kit', locked: ['fontFamily'] },
        ...LOCK_FLAGS
      }
    ]
  },
  {
    sceneIdx: 1,
    watermark: false,
    thumbnailUrl: null,
    background: background('bg_white.png'),
    scripts: [script('Plans start at 9 dollars a month.', PRESENTER)],
    clips: [
      aiModelClip('aiModel-1h4ij6q2b31', PRESENTER, { left: 1180.5 }),
      {
        id: 'textImage-1hgut0p7c4d',
        name: 'textImage-1hgut0p7c4d',
        type: 'textImage',
        layer: 3,
        tag: 'pricing',
        text: 'From $9 / month',
        fill: '#1a1a2e',
        fontSize: 60,
        fontFamily: 'Noto Sans CJK',
        align: 'center',
        left: 120,
        top: 200,
        width: 800,
        height: 90,
        scaleX: 1,
        scaleY: 1,
        ...LOCK_FLAGS
      },
      {
        id: 'textImage-1hgut1x9e5f',
        name: 'textImage-1hgut1x9e5f',
        type: 'textImage',
        layer: 4,
        text: 'Café-friendly pricing – cancel anytime',
        fill: '#555555',
        fontSize: 24,
        fontFamily: 'Noto Sans CJK',
        fontStyle: 'italic',
        align: 'left',
        left: 120,
        top: 320,
        width: 800,
        height: 40,
        scaleX: 1,
        scaleY: 1,
        ...LOCK_FLAGS
      },
      {
        id: 'image-1hgut3c0g6h',
        name: 'image-1hgut3c0g6h',
        type: 'image',
        layer: 2,
        tag: 'price-chart',
        source_url: 'https://cdn-studio.deepbrain.io/images/6582797a6cebbf10f29e2c61.png',
        left: 120,
        top: 420,
        width: 1600,
        height: 900,
        scaleX: 0.5,
        scaleY: 0.5,
        opacity: 100,
        ...LOCK_FLAGS
      }
    ]
  },
  {
    sceneIdx: 2,
    watermark: false,
    thumbnailUrl: null,
    background: background('bg_blue_gradient.png'),
    scripts: [script('Here is the analytics dashboard in action.', ANALYST)],
    clips: [
      aiModelClip('aiModel-1h4ij7d5k92', ANALYST, { left: 1320.75 }),
      {
        id: 'videoImage-1hguqu268jj',
        name: 'videoImage-1hguqu268jj',
        type: 'videoImage',
        layer: 2,
        tag: 'demo-video',
        source_url: 'https://cdn-studio.deepbrain.io/images/658279786cebbf10f29e2c5a.png',
        video_url: 'https://cdn-studio.deepbrain.io/videos/658279796cebbf10f29e2c5b.mp4',
        volume: 100,
        left: -4.6,
        top: -3.45,
        width: 480,
        height: 270,
        scaleX: 4.008091908352622,
        scaleY: 4.008091908352622,
        ...LOCK_FLAGS
      }
    ]
  }
])

const releaseNotes = project(LEGACY_PROJECT_ID, 'Release notes (legacy)', 'landscape', [
  {
    sceneIdx: 0,
    watermark: true,
    thumbnailUrl: null,
    background: background('bg_dark.png'),
    clips: [
      aiModelClip('aiModel-0f2k8s1x7a1', PRESENTER, {
        left: 640,
        tag: 'host',
        script: { org: 'Version 2.4 is out. Here is what changed.', tts: null }
      }),
      {
        id: 'textImage-0f2k8t4b2c3',
        name: 'textImage-0f2k8t4b2c3',
        type: 'textImage',
        layer: 2,
        tag: 'version',
        text: 'v2.4.0',
        fill: '#ffffff',
        fontSize: 72,
        left: 80,
        top: 60,
        width: 400,
        height: 100,
        scaleX: 1,
        scaleY: 1
      }
    ]
  },
  {
    sceneIdx: 1,
    watermark: true,
    thumbnailUrl: null,
    background: background('bg_dark.png'),
    clips: [
      aiModelClip('aiModel-0f2k8u9d4e5', PRESENTER, {
        left: 1240,
        script: { org: 'Exports are now twice as fast.', tts: null }
      }),
      {
        id: 'image-0f2k8v2f6g7',
        name: 'image-0f2k8v2f6g7',
        type: 'image',
        layer: 2,
        tag: null,
        source_url: 'https://cdn-studio.deepbrain.io/images/6502c3a1e4b0a1b2c3d4e600.png',
        left: 80,
        top: 180,
        width: 1000,
        height: 600,
        scaleX: 1,
        scaleY: 1
      }
    ]
  }
])

const conversation = project(CONVERSATION_PROJECT_ID, 'Customer dialogue', 'portrait', [
  {
    sceneIdx: 0,
    watermark: false,
    thumbnailUrl: null,
    background: background('bg_office.png'),
    scripts: [
      script('Hi! How can I help you today?', PRESENTER),
      script('I would like to upgrade my plan.', ANALYST)
    ],
    clips: [
      aiModelClip('aiModel-2a9c4e6g8i0', PRESENTER, { left: 40, tag: 'agent' }),
      aiModelClip('aiModel-2a9c4f7h9j1', ANALYST, { left: 560, tag: 'customer' })
    ]
  }
])

const SEEDS = [productTour, releaseNotes, conversation]
