import js from '@eslint/js'
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript'
import importX from 'eslint-plugin-import-x'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import tseslint from 'typescript-eslint'

const ROOT = path.dirname(fileURLToPath(import.meta.url))

// The layers of src/ (docs/development.md, "Layers"): each may import only the layers below it.
const ROOMS = [
  'aistudios',
  'patch',
  'outline',
  'download',
  'render',
  'deliver',
  'cache',
  'review',
  'manifest'
]
// The few sideways edges between rooms; any other import from one room into another is refused.
const SIDEWAYS = {
  outline: ['aistudios', 'patch'],
  patch: ['aistudios'],
  cache: ['aistudios'],
  render: ['aistudios'],
  manifest: ['patch', 'aistudios']
}
const BELOW_SETTINGS = ['shared', ...ROOMS]
const BELOW_RUN = [...BELOW_SETTINGS, 'settings']
const BELOW_EDGES = [...BELOW_RUN, 'run']

/** A zone: files under `layer` may import from src/ only what `allowed` names (folders or files of src/). */
const zone = (layer, allowed, message) => ({
  target: `./src/${layer}`,
  from: './src',
  except: allowed.map(name => `./${name}`),
  message
})

const layers = [
  zone('shared', ['shared'], 'src/shared/ may import only src/shared/.'),
  ...ROOMS.map(room =>
    zone(
      room,
      ['shared', room, ...(SIDEWAYS[room] ?? [])],
      `src/${room}/ may import src/shared/${(SIDEWAYS[room] ?? []).map(other => ` and src/${other}/`).join('')} only.`
    )
  ),
  zone(
    'settings',
    ['settings', ...BELOW_SETTINGS],
    'src/settings/ may import src/shared/ and the rooms only.'
  ),
  zone(
    'run',
    ['run', ...BELOW_RUN],
    'src/run/ may import src/settings/, the rooms and src/shared/ only.'
  ),
  ...['action', 'cli'].map(edge =>
    zone(
      edge,
      [edge, ...BELOW_EDGES],
      `src/${edge}/ may import src/run/ and the layers below it only.`
    )
  ),
  ...['main.ts', 'index.ts'].map(entry =>
    zone(
      entry,
      ['action', 'run', 'shared', 'main.ts'],
      `src/${entry} may import src/action/, src/run/ and src/shared/ only.`
    )
  )
]

export default tseslint.config(
  { ignores: ['dist/', 'coverage/', 'node_modules/', '.build/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      globals: {
        process: 'readonly',
        console: 'readonly',
        Buffer: 'readonly',
        URL: 'readonly',
        setTimeout: 'readonly',
        clearTimeout: 'readonly',
        setInterval: 'readonly',
        clearInterval: 'readonly',
        AbortController: 'readonly',
        AbortSignal: 'readonly',
        fetch: 'readonly',
        structuredClone: 'readonly',
        TextDecoder: 'readonly',
        TextEncoder: 'readonly'
      }
    },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', ignoreRestSiblings: true }
      ]
    }
  },
  {
    files: ['src/**/*.ts'],
    plugins: { 'import-x': importX },
    settings: {
      // Dependencies are parsed as TypeScript too: a file that cannot be parsed has no imports for no-cycle.
      'import-x/extensions': ['.ts', '.js'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts'] },
      // Without a resolver an import that cannot be followed (`./x.js` naming `x.ts`) passes unchecked.
      'import-x/resolver-next': [
        createTypeScriptImportResolver({ project: path.join(ROOT, 'tsconfig.json') })
      ]
    },
    rules: {
      'import-x/no-restricted-paths': ['error', { basePath: ROOT, zones: layers }],
      'import-x/no-cycle': 'error',
      'import-x/no-unresolved': 'error'
    }
  },
  {
    files: ['src/**/*.ts'],
    ignores: ['src/action/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: '@actions/core',
              message: 'Only src/action/ talks to the runner: report through a Reporter instead.'
            }
          ]
        }
      ]
    }
  }
)
