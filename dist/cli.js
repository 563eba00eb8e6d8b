#!/usr/bin/env node
import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 77593:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Q: () => (/* binding */ parseCommandArgs)
/* harmony export */ });
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(57975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_util__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _settings_closest_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(11186);
/* harmony import */ var _usage_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(27485);



/**
 * A command's arguments, with every mistake in our words: an unknown option names the closest valid one, an
 * option without its value or with one it does not take says so (Node's parser would say it in its own).
 */
function parseCommandArgs(name, options, args) {
    const loose = (0,node_util__WEBPACK_IMPORTED_MODULE_0__.parseArgs)({ args, options, allowPositionals: true, strict: false, tokens: true });
    for (const token of loose.tokens) {
        if (token.kind !== 'option')
            continue;
        const option = Object.hasOwn(options, token.name) ? options[token.name] : undefined;
        if (!option)
            throw new _usage_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(unknownOption(name, token.rawName, options));
        if (option.type === 'string' && token.value === undefined)
            throw new _usage_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`${name}: ${token.rawName} needs a value (aistudios-render help ${name})`);
        if (option.type === 'boolean' && token.value !== undefined)
            throw new _usage_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`${name}: ${token.rawName} takes no value: write ${token.rawName} alone`);
    }
    try {
        return (0,node_util__WEBPACK_IMPORTED_MODULE_0__.parseArgs)({ args, options, allowPositionals: true, strict: true });
    }
    catch (error) {
        // What the loose pass lets through (an option's value that looks like an option: `--out --json`).
        throw new _usage_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`${name}: ${error.message.split('. ')[0]}; see aistudios-render help ${name}`);
    }
}
function unknownOption(name, raw, options) {
    const flags = Object.keys(options).map(option => `--${option}`);
    const near = raw.startsWith('--') ? (0,_settings_closest_js__WEBPACK_IMPORTED_MODULE_2__/* .closest */ .k)(raw, flags) : undefined;
    const hint = near?.near ? `did you mean ${near.name}?` : `${name} takes ${flags.join(', ')}`;
    return `${name}: unknown option ${raw}: ${hint} (aistudios-render help ${name})`;
}


/***/ }),

/***/ 70486:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _package_json__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(8330);
/* harmony import */ var _settings_closest_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(11186);
/* harmony import */ var _args_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(77593);
/* harmony import */ var _usage_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(27485);
/*
 * The CLI: `aistudios-render <command>`. Only node:util is loaded up front, so help, the version and usage
 * errors answer at once; a command's modules (the client, the patch engine, the run) load when it runs.
 */




async function main(argv) {
    const [name, ...rest] = argv;
    if (!name) {
        process.stderr.write(_usage_js__WEBPACK_IMPORTED_MODULE_2__/* .USAGE */ .u_);
        return 2;
    }
    if (name === '--help' || name === '-h' || name === 'help')
        return help(rest);
    if (name === '--version') {
        process.stdout.write(`${_package_json__WEBPACK_IMPORTED_MODULE_0__/* .version */ .rE}\n`);
        return 0;
    }
    const command = commandNamed(name);
    const parsed = (0,_args_js__WEBPACK_IMPORTED_MODULE_1__/* .parseCommandArgs */ .Q)(name, command.options, rest);
    if (parsed.values.help) {
        process.stdout.write(command.help);
        return 0;
    }
    const [projectId, ...extra] = parsed.positionals;
    // A manifest names each video's project: `render --manifest FILE` takes none (the settings say so).
    const values = parsed.values;
    const manifest = values.manifest !== undefined;
    if (!manifest && values.only !== undefined)
        throw new _usage_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb('--only selects videos of a manifest: give --manifest FILE too');
    if (!manifest && !projectId)
        throw new _usage_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb(`${name} needs a project id: ${command.synopsis.split('\n')[0]}`);
    if (extra.length)
        throw new _usage_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb(`${name} takes one project id, not also "${extra[0]}"`);
    const { runCommand } = await Promise.all(/* import() */[__nccwpck_require__.e(752), __nccwpck_require__.e(815), __nccwpck_require__.e(181), __nccwpck_require__.e(305)]).then(__nccwpck_require__.bind(__nccwpck_require__, 51305));
    return runCommand(name, projectId, parsed.values);
}
/** `help` and `--help`: the usage; `help <command>`: the command's. */
function help([name, ...extra]) {
    if (extra.length)
        throw new _usage_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb(`help takes one command, not also "${extra[0]}"`);
    process.stdout.write(name === undefined ? _usage_js__WEBPACK_IMPORTED_MODULE_2__/* .USAGE */ .u_ : commandNamed(name).help);
    return 0;
}
function commandNamed(name) {
    if (Object.hasOwn(_usage_js__WEBPACK_IMPORTED_MODULE_2__/* .COMMANDS */ .Lo, name))
        return _usage_js__WEBPACK_IMPORTED_MODULE_2__/* .COMMANDS */ .Lo[name];
    const names = Object.keys(_usage_js__WEBPACK_IMPORTED_MODULE_2__/* .COMMANDS */ .Lo);
    const near = (0,_settings_closest_js__WEBPACK_IMPORTED_MODULE_3__/* .closest */ .k)(name, names);
    const hint = near?.near ? `did you mean ${near.name}? ` : '';
    throw new _usage_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb(`unknown command "${name}": ${hint}use one of ${names.join(', ')}, or help`);
}
try {
    const code = await main(process.argv.slice(2));
    // A run that SIGINT or SIGTERM stopped has set its own code (130, 143).
    process.exitCode ??= code;
}
catch (error) {
    const { exitCodeOf, oneLine } = await Promise.all(/* import() */[__nccwpck_require__.e(815), __nccwpck_require__.e(372)]).then(__nccwpck_require__.bind(__nccwpck_require__, 82372));
    process.stderr.write(`aistudios-render: ${oneLine(error)}\n`);
    process.exitCode ??= exitCodeOf(error);
}

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 27485:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Lo: () => (/* binding */ COMMANDS),
/* harmony export */   eb: () => (/* binding */ UsageError),
/* harmony export */   u_: () => (/* binding */ USAGE)
/* harmony export */ });
/* harmony import */ var _settings_declarations_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(13102);

/** A mistake in how the CLI was called: exit code 2. */
class UsageError extends Error {
    constructor(message) {
        super(message);
        this.name = 'UsageError';
    }
}
/** One help line: the option and what it does, in two columns. */
function line(option, what) {
    return `  ${option.padEnd(19)} ${what}\n`;
}
/** The help lines of settings, from their declarations: the flag, the description and the default. */
function settingLines(names) {
    return names
        .map(_settings_declarations_js__WEBPACK_IMPORTED_MODULE_0__/* .declaration */ .HK)
        .map(d => {
        if (!d.cli || !('flag' in d.cli))
            return '';
        const what = d.default ? `${d.description} (default ${d.default})` : d.description;
        return line(`--${d.cli.flag} ${d.cli.arg}`, what);
    })
        .join('');
}
const ENVIRONMENT = `
Environment (credentials come from it only):
${_settings_declarations_js__WEBPACK_IMPORTED_MODULE_0__/* .DECLARATIONS */ .UJ.map(d => d.cli && 'env' in d.cli
    ? line(d.cli.env, d.default ? `${d.description} (default ${d.default})` : d.description)
    : '').join('')}  (an API key, or an App ID and User Key, from https://account.aistudios.com/user/api-key)
`;
const VAR = { var: { type: 'string', multiple: true } };
const VAR_HELP = line('--var NAME=VALUE', 'a value for {{ NAME }} placeholders, over --vars (repeatable)');
const JSON_OPTION = { json: { type: 'boolean' } };
const JSON_HELP = line('--json', 'the results as JSON on standard output (docs/cli.md)');
/** The options every command takes. */
const COMMON = { help: { type: 'boolean', short: 'h' }, verbose: { type: 'boolean' } };
const COMMON_HELP = line('--verbose', 'print every AI Studios exchange (method, path, status, redacted body)') +
    line('-h, --help', 'this help');
const EXIT_STATUS = `
Exit status: 0 done, 1 failed, 2 a usage mistake (a flag, a variable, a file), 130 interrupted (Ctrl-C),
143 terminated (SIGTERM).
`;
function command(synopsis, what, settings, own = { options: {}, help: '' }) {
    const options = { ...own.options, ...COMMON };
    for (const name of settings) {
        const { cli } = (0,_settings_declarations_js__WEBPACK_IMPORTED_MODULE_0__/* .declaration */ .HK)(name);
        if (cli && 'flag' in cli)
            options[cli.flag] = { type: 'string' };
    }
    const flags = own.help + settingLines(settings) + COMMON_HELP;
    return {
        synopsis,
        options,
        settings,
        help: `Usage: aistudios-render ${synopsis}\n\n${what}\n\nOptions:\n${flags}${ENVIRONMENT}${EXIT_STATUS}`
    };
}
const COMMANDS = {
    outline: command('outline <project-id> [--json]', "Prints the project as a patch author needs it: per scene the speech and each clip's type, tag, id\nand the fields a patch sets.", [], { options: JSON_OPTION, help: line('--json', 'the outline as JSON') }),
    init: command('init <project-id> [--out FILE] [--force]', "Writes a starter patch: every scene's current script and every tagged clip's fields. As written it\nchanges nothing; edit what should change.", [], {
        options: { out: { type: 'string' }, force: { type: 'boolean' } },
        help: line('--out FILE', 'write the patch to FILE, creating its folders (default: standard output)') + line('--force', 'replace FILE if it exists')
    }),
    plan: command('plan <project-id> --patch FILE [--var NAME=VALUE ...] [--vars FILE] [--json]', 'Shows what the patch changes, exactly as a dry run of the action does. Spends nothing.', ['patch', 'vars'], { options: { ...VAR, ...JSON_OPTION }, help: VAR_HELP + JSON_HELP }),
    render: command('render <project-id> [--patch FILE] [--var NAME=VALUE ...] [--vars FILE] [--resolution R]\n       [--out FILE] [--timeout-minutes N] [--resume RENDERED-ID] [--json]\n       render --manifest FILE [--only NAMES] [--var ...] [--vars FILE] [--resolution R] [--timeout-minutes N]', 'Renders the project (patched, if --patch is given) and downloads the MP4; with --manifest, every video\nof the manifest (or those --only names), each to its output-path. This spends credits.', [
        'patch',
        'vars',
        'resolution',
        'output-path',
        'timeout-minutes',
        'resume-project-id',
        'manifest',
        'only',
        'max-parallel',
        'max-exports'
    ], { options: { ...VAR, ...JSON_OPTION }, help: VAR_HELP + JSON_HELP })
};
const USAGE = `Usage: aistudios-render <command> [options]

Commands:
${Object.values(COMMANDS)
    .map(each => `  ${each.synopsis.split('\n')[0]}`)
    .join('\n')}
  help [command]

Run "aistudios-render help <command>" for a command's options; "aistudios-render --version" for the version.
${ENVIRONMENT}${EXIT_STATUS}`;


/***/ }),

/***/ 11186:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   k: () => (/* binding */ closest)
/* harmony export */ });
/* unused harmony export editDistance */
/**
 * The closest of `names` to `word` by edit distance (insert, delete, replace, swap two neighbours: a typo's
 * moves), and whether it is close enough to be what was meant: at most 2 edits, and fewer than half the word.
 */
function closest(word, names) {
    let best;
    for (const name of names) {
        const distance = editDistance(word, name);
        if (!best || distance < best.distance)
            best = { name, distance };
    }
    if (!best)
        return undefined;
    return { name: best.name, near: best.distance <= Math.min(2, Math.ceil(word.length / 2) - 1) };
}
/** Optimal string alignment distance (Damerau-Levenshtein without edits across a swap). */
function editDistance(a, b) {
    const rows = [Array.from({ length: b.length + 1 }, (_, j) => j)];
    for (let i = 1; i <= a.length; i++) {
        const row = [i];
        for (let j = 1; j <= b.length; j++) {
            const cost = a[i - 1] === b[j - 1] ? 0 : 1;
            row[j] = Math.min(rows[i - 1][j] + 1, row[j - 1] + 1, rows[i - 1][j - 1] + cost);
            if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
                row[j] = Math.min(row[j], rows[i - 2][j - 2] + 1);
        }
        rows.push(row);
    }
    return rows[a.length][b.length];
}


/***/ }),

/***/ 13102:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  UJ: () => (/* binding */ DECLARATIONS),
  HK: () => (/* binding */ declaration),
  s9: () => (/* binding */ isSettingName)
});

;// CONCATENATED MODULE: ./src/settings/declarations.json
const declarations_namespaceObject = /*#__PURE__*/JSON.parse('{"project-id":{"kind":{"type":"project-id"},"default":"","description":"the project to render: the last part of its editor URL; required unless there\'s a manifest","cli":{"argument":"<project-id>"}},"patch":{"kind":{"type":"path","example":".github/videos/product-tour.yaml"},"default":"","description":"the patch file (YAML or JSON) with the edits to apply before rendering","cli":{"flag":"patch","arg":"FILE"}},"vars":{"kind":{"type":"map"},"default":"","description":"a YAML or JSON map of values for the patch\'s {{ name }} placeholders","cli":{"flag":"vars","arg":"FILE"}},"api-key":{"kind":{"type":"secret"},"default":"","description":"an AI Studios API key (or an App ID with its User Key)","cli":{"env":"AISTUDIOS_API_KEY"},"secret":true},"app-id":{"kind":{"type":"text"},"default":"","description":"the AI Studios App ID, with its User Key","cli":{"env":"AISTUDIOS_APP_ID"}},"user-key":{"kind":{"type":"secret"},"default":"","description":"the AI Studios User Key that goes with the App ID","cli":{"env":"AISTUDIOS_USER_KEY"},"secret":true},"api-url":{"kind":{"type":"url","protocols":["http:","https:"],"example":"https://app.aistudios.com"},"default":"https://app.aistudios.com","description":"the AI Studios API host; https://app.aistudios.cn in China","cli":{"env":"AISTUDIOS_API_URL"}},"resolution":{"kind":{"type":"choice","values":["4k","1080","720","480"]},"default":"1080","description":"the rendered resolution: 4k, 1080, 720 or 480","cli":{"flag":"resolution","arg":"R"}},"workspace-id":{"kind":{"type":"text"},"default":"","description":"the AI Studios workspace to render in; empty for the default"},"webhook-url":{"kind":{"type":"url","protocols":["https:"],"example":"https://hooks.example.com/render"},"default":"","description":"an https URL AI Studios calls with the render\'s progress"},"timeout-minutes":{"kind":{"type":"positive","max":360,"example":30},"default":"30","description":"give up waiting for export, render and download after this many minutes","cli":{"flag":"timeout-minutes","arg":"N"}},"upload-timeout-minutes":{"kind":{"type":"positive","max":360,"example":10},"default":"10","description":"the deadline in minutes for delivering the video, from the end of the download"},"request-timeout-seconds":{"kind":{"type":"positive","max":600,"example":30},"default":"30","description":"how long one request to AI Studios may take before it is abandoned and retried"},"output-path":{"kind":{"type":"path","example":"videos/product-tour.mp4"},"default":"","description":"where the MP4 goes (default: videos/<project name>.mp4)","cli":{"flag":"out","arg":"FILE"}},"poster":{"kind":{"type":"choice","values":["auto","true","false"]},"default":"auto","description":"a JPEG frame of the video beside it (<video>.jpg), made with ffmpeg: auto (when on PATH), true or false"},"poster-time":{"kind":{"type":"positive","max":86400,"example":1},"default":"1","description":"the poster frame\'s time in seconds, clamped to the video\'s duration"},"dry-run":{"kind":{"type":"boolean"},"default":"false","description":"plan without exporting anything: no credits are spent"},"cache":{"kind":{"type":"boolean"},"default":"true","description":"keep every video in the Actions cache by its content hash; false always exports"},"resume-project-id":{"kind":{"type":"project-id"},"default":"","description":"poll and download the render ID started earlier, without exporting again","cli":{"flag":"resume","arg":"ID"}},"upload":{"kind":{"type":"upload"},"default":"artifact","description":"where the video goes: artifact, release, artifact,release or none"},"retention-days":{"kind":{"type":"whole","min":1,"max":90,"emptyMeans":"for the repository\'s default"},"default":"","description":"days to keep the artifact; empty for the repository\'s default"},"overwrite":{"kind":{"type":"boolean"},"default":"true","description":"replace an artifact or release asset of the same name"},"release-tag":{"kind":{"type":"text"},"default":"","description":"the release to attach the video to; empty for the tag that started the run"},"asset-name":{"kind":{"type":"file-name"},"default":"","description":"the release asset\'s name; empty for the video file\'s name"},"pr-comment":{"kind":{"type":"boolean"},"default":"false","description":"post the plan per video as one pull-request comment"},"delete-rendered-project":{"kind":{"type":"boolean"},"default":"false","description":"once the video is delivered, delete the project this run\'s export created"},"github-token":{"kind":{"type":"secret"},"default":"","runnerDefault":"${{ github.token }}","description":"the token for release uploads and the pull-request comment","secret":true},"manifest":{"kind":{"type":"path","example":".github/videos.yaml"},"default":"","description":"render the videos a manifest (YAML or JSON) names","cli":{"flag":"manifest","arg":"FILE"}},"only":{"kind":{"type":"text"},"default":"","description":"with a manifest, the videos to render, comma-separated (default: all)","cli":{"flag":"only","arg":"NAMES"}},"max-parallel":{"kind":{"type":"whole","min":1,"max":50},"default":"3","description":"with a manifest, how many videos render at once","cli":{"flag":"max-parallel","arg":"N"}},"fail-fast":{"kind":{"type":"boolean"},"default":"false","description":"with a manifest, start no further video after a failure"},"max-exports":{"kind":{"type":"whole","min":0,"max":10000},"default":"10","description":"the most exports a run may start, else it fails before exporting anything; 0 is no limit","cli":{"flag":"max-exports","arg":"N"}},"shard":{"kind":{"type":"text"},"default":"","description":"with a manifest, render only shard i of n of its videos (e.g. 2/8, from the matrix output)"},"shard-count":{"kind":{"type":"whole","min":1,"max":256,"emptyMeans":"for about 5 videos a shard"},"default":"","description":"with a manifest, how many shards the matrix output splits the videos into; empty for about 5 videos a shard"},"gather":{"kind":{"type":"boolean"},"default":"false","description":"with a manifest, report a sharded run once from its shards\' results: outputs, summary, comment"}}');
;// CONCATENATED MODULE: ./src/settings/declarations.ts

const DECLARATIONS = Object.entries(declarations_namespaceObject).map(([name, entry]) => ({ name, ...entry }));
const BY_NAME = new Map(DECLARATIONS.map(d => [d.name, d]));
function declaration(name) {
    return BY_NAME.get(name);
}
function isSettingName(name) {
    return BY_NAME.has(name);
}


/***/ }),

/***/ 42613:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("assert");

/***/ }),

/***/ 20181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 35317:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("child_process");

/***/ }),

/***/ 49140:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("constants");

/***/ }),

/***/ 76982:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("crypto");

/***/ }),

/***/ 24434:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");

/***/ }),

/***/ 79896:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

/***/ }),

/***/ 91943:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs/promises");

/***/ }),

/***/ 58611:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("http");

/***/ }),

/***/ 65692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("https");

/***/ }),

/***/ 69278:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("net");

/***/ }),

/***/ 34589:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:assert");

/***/ }),

/***/ 16698:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:async_hooks");

/***/ }),

/***/ 4573:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:buffer");

/***/ }),

/***/ 31421:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");

/***/ }),

/***/ 37540:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:console");

/***/ }),

/***/ 77598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 53053:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:diagnostics_channel");

/***/ }),

/***/ 40610:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:dns");

/***/ }),

/***/ 78474:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:events");

/***/ }),

/***/ 73024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 51455:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");

/***/ }),

/***/ 37067:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");

/***/ }),

/***/ 32467:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http2");

/***/ }),

/***/ 44708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:https");

/***/ }),

/***/ 98995:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:module");

/***/ }),

/***/ 77030:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:net");

/***/ }),

/***/ 48161:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");

/***/ }),

/***/ 76760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 643:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:perf_hooks");

/***/ }),

/***/ 1708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:process");

/***/ }),

/***/ 41792:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:querystring");

/***/ }),

/***/ 57075:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");

/***/ }),

/***/ 46193:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:string_decoder");

/***/ }),

/***/ 41692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:tls");

/***/ }),

/***/ 73136:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");

/***/ }),

/***/ 57975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 73429:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util/types");

/***/ }),

/***/ 75919:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");

/***/ }),

/***/ 38522:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");

/***/ }),

/***/ 70857:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("os");

/***/ }),

/***/ 16928:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("path");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");

/***/ }),

/***/ 23785:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("readline");

/***/ }),

/***/ 2203:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("stream");

/***/ }),

/***/ 13193:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("string_decoder");

/***/ }),

/***/ 53557:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("timers");

/***/ }),

/***/ 64756:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tls");

/***/ }),

/***/ 52018:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tty");

/***/ }),

/***/ 87016:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("url");

/***/ }),

/***/ 39023:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util");

/***/ }),

/***/ 43106:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("zlib");

/***/ }),

/***/ 8330:
/***/ ((module) => {

module.exports = {"rE":"0.1.0"};

/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		id: moduleId,
/******/ 		loaded: false,
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId].call(module.exports, module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Flag the module as loaded
/******/ 	module.loaded = true;
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/async module */
/******/ (() => {
/******/ 	var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
/******/ 	var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
/******/ 	var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
/******/ 	var resolveQueue = (queue) => {
/******/ 		if(queue && queue.d < 1) {
/******/ 			queue.d = 1;
/******/ 			queue.forEach((fn) => (fn.r--));
/******/ 			queue.forEach((fn) => (fn.r-- ? fn.r++ : fn()));
/******/ 		}
/******/ 	}
/******/ 	var wrapDeps = (deps) => (deps.map((dep) => {
/******/ 		if(dep !== null && typeof dep === "object") {
/******/ 			if(dep[webpackQueues]) return dep;
/******/ 			if(dep.then) {
/******/ 				var queue = [];
/******/ 				queue.d = 0;
/******/ 				dep.then((r) => {
/******/ 					obj[webpackExports] = r;
/******/ 					resolveQueue(queue);
/******/ 				}, (e) => {
/******/ 					obj[webpackError] = e;
/******/ 					resolveQueue(queue);
/******/ 				});
/******/ 				var obj = {};
/******/ 				obj[webpackQueues] = (fn) => (fn(queue));
/******/ 				return obj;
/******/ 			}
/******/ 		}
/******/ 		var ret = {};
/******/ 		ret[webpackQueues] = x => {};
/******/ 		ret[webpackExports] = dep;
/******/ 		return ret;
/******/ 	}));
/******/ 	__nccwpck_require__.a = (module, body, hasAwait) => {
/******/ 		var queue;
/******/ 		hasAwait && ((queue = []).d = -1);
/******/ 		var depQueues = new Set();
/******/ 		var exports = module.exports;
/******/ 		var currentDeps;
/******/ 		var outerResolve;
/******/ 		var reject;
/******/ 		var promise = new Promise((resolve, rej) => {
/******/ 			reject = rej;
/******/ 			outerResolve = resolve;
/******/ 		});
/******/ 		promise[webpackExports] = exports;
/******/ 		promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"](x => {}));
/******/ 		module.exports = promise;
/******/ 		body((deps) => {
/******/ 			currentDeps = wrapDeps(deps);
/******/ 			var fn;
/******/ 			var getResult = () => (currentDeps.map((d) => {
/******/ 				if(d[webpackError]) throw d[webpackError];
/******/ 				return d[webpackExports];
/******/ 			}))
/******/ 			var promise = new Promise((resolve) => {
/******/ 				fn = () => (resolve(getResult));
/******/ 				fn.r = 0;
/******/ 				var fnQueue = (q) => (q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn))));
/******/ 				currentDeps.map((dep) => (dep[webpackQueues](fnQueue)));
/******/ 			});
/******/ 			return fn.r ? promise : getResult();
/******/ 		}, (err) => ((err ? reject(promise[webpackError] = err) : outerResolve(exports)), resolveQueue(queue)));
/******/ 		queue && queue.d < 0 && (queue.d = 0);
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/create fake namespace object */
/******/ (() => {
/******/ 	var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 	var leafPrototypes;
/******/ 	// create a fake namespace object
/******/ 	// mode & 1: value is a module id, require it
/******/ 	// mode & 2: merge all properties of value into the ns
/******/ 	// mode & 4: return value when already ns object
/******/ 	// mode & 16: return value when it's Promise-like
/******/ 	// mode & 8|1: behave like require
/******/ 	__nccwpck_require__.t = function(value, mode) {
/******/ 		if(mode & 1) value = this(value);
/******/ 		if(mode & 8) return value;
/******/ 		if(typeof value === 'object' && value) {
/******/ 			if((mode & 4) && value.__esModule) return value;
/******/ 			if((mode & 16) && typeof value.then === 'function') return value;
/******/ 		}
/******/ 		var ns = Object.create(null);
/******/ 		__nccwpck_require__.r(ns);
/******/ 		var def = {};
/******/ 		leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 		for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 			Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 		}
/******/ 		def['default'] = () => (value);
/******/ 		__nccwpck_require__.d(ns, def);
/******/ 		return ns;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".cli.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/node module decorator */
/******/ (() => {
/******/ 	__nccwpck_require__.nmd = (module) => {
/******/ 		module.paths = [];
/******/ 		if (!module.children) module.children = [];
/******/ 		return module;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(70486);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
