export const id = 372;
export const ids = [372];
export const modules = {

/***/ 82372:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   exitCodeOf: () => (/* binding */ exitCodeOf),
/* harmony export */   oneLine: () => (/* binding */ oneLine)
/* harmony export */ });
/* harmony import */ var _settings_values_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(535);
/* harmony import */ var _settings_words_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(66552);
/* harmony import */ var _usage_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(27485);



/** 2 for a usage error (including a bad or missing setting: credentials too), 1 for any other failure. */
function exitCodeOf(error) {
    return error instanceof _usage_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb || error instanceof _settings_values_js__WEBPACK_IMPORTED_MODULE_0__/* .SettingError */ .L ? 2 : 1;
}
/**
 * A failure as one line, in the terminal's words (the run's messages name settings as inputs of the step):
 * the run's messages are one line already; others are folded.
 */
function oneLine(error) {
    const message = error instanceof Error ? error.message : String(error);
    return (0,_settings_words_js__WEBPACK_IMPORTED_MODULE_1__/* .reworded */ .Fg)(message.replace(/\s*\n\s*/g, ' ').trim(), (0,_settings_words_js__WEBPACK_IMPORTED_MODULE_1__/* .terminalWords */ .AC)());
}


/***/ }),

/***/ 2307:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  H: () => (/* reexport */ TARGET_NAMES),
  deliverVideo: () => (/* binding */ deliverVideo),
  prepareDelivery: () => (/* binding */ prepareDelivery)
});

// UNUSED EXPORTS: DELIVERY_OUTPUTS

// EXTERNAL MODULE: ./src/shared/clock.ts
var shared_clock = __webpack_require__(66103);
// EXTERNAL MODULE: ./src/shared/errors.ts
var errors = __webpack_require__(58382);
;// CONCATENATED MODULE: ./src/deliver/targets.ts
/*
 * The registration of the delivery targets. A target's module is imported only when the `upload` setting
 * selects it: `upload: artifact` never loads Octokit, `upload: none` neither client (start-up time and
 * peak memory). What the report and the settings need of a target (its name, its outputs) is declared here,
 * so that they know it without loading it; the target's module takes it from here.
 */
const ARTIFACT = {
    name: 'artifact',
    outputs: ['artifact-id', 'artifact-url', 'artifact-digest']
};
const RELEASE = {
    name: 'release',
    outputs: ['release-id', 'release-url', 'asset-url']
};
/**
 * In delivery order. The artifact goes first: it has no size limit and keeps the paid-for video even when
 * the release upload then fails, and the error then says where the video is.
 */
const REGISTRY = [
    { ...ARTIFACT, load: async () => (await Promise.all(/* import() */[__webpack_require__.e(752), __webpack_require__.e(543), __webpack_require__.e(351), __webpack_require__.e(935), __webpack_require__.e(555)]).then(__webpack_require__.bind(__webpack_require__, 91555))).artifactTarget },
    { ...RELEASE, load: async () => (await Promise.all(/* import() */[__webpack_require__.e(752), __webpack_require__.e(351), __webpack_require__.e(462)]).then(__webpack_require__.bind(__webpack_require__, 34811))).releaseTarget }
];
/** The words the `upload` setting accepts, besides `none`. */
const TARGET_NAMES = REGISTRY.map(target => target.name);
/** Every output of every target: a run sets those of its targets and blanks the rest. */
const DELIVERY_OUTPUTS = REGISTRY.flatMap(target => target.outputs);
/** The selected targets, loaded, in delivery order, each with its name. */
async function loadTargets(selected) {
    const chosen = REGISTRY.filter(target => selected.has(target.name));
    return Promise.all(chosen.map(async ({ name, load }) => ({ ...(await load()), name })));
}

;// CONCATENATED MODULE: ./src/deliver/index.ts




/**
 * Everything about the uploads that can be checked before spending render credits, target by target:
 * the runtime, the names (the video's, and its companions' with their `suffixes`), the token's right to
 * write, name clashes. Throws ActionError.
 * `env` is read for GitHub's variables; @actions/artifact reads process.env itself, so pass that.
 */
async function prepareDelivery(options, fileName, env, log, clock = shared_clock/* systemClock */.m, suffixes = []) {
    const context = { env, log, options, clock };
    const checked = [];
    for (const target of await loadTargets(options.modes)) {
        checked.push({ target, prepared: await target.check({ fileName, suffixes }, context) });
    }
    return { context, checked };
}
/**
 * Delivers the rendered video to each target in turn, then its companions to each; the outputs and
 * links of all of them. A companion's output `<name>-url` is its URL at the last target (the release's
 * when there is one: a release asset can show as an image). When a target fails after an earlier one
 * took the video, the error says where the video is.
 */
async function deliverVideo({ context, checked }, video, log, signal = new AbortController().signal, companions = []) {
    const done = [];
    const step = async (what, work) => {
        try {
            done.push(await work());
        }
        catch (error) {
            if (signal.aborted || done.length === 0 || !(error instanceof errors/* ActionError */.l))
                throw error;
            throw new errors/* ActionError */.l(`The video was uploaded ${merged(done).where}, but not ${what}: ${error.message}`, error.details);
        }
    };
    for (const { target, prepared } of checked)
        await step(`to the ${target.name}`, () => target.deliver(prepared, video, { ...context, log }, signal));
    for (const companion of companions)
        for (const { target, prepared } of checked)
            await step(`its ${companion.kind.name} to the ${target.name}`, async () => {
                const url = await target.deliverCompanion(prepared, companion, { ...context, log }, signal);
                const { name, label } = companion.kind;
                const text = `${name} (${target.name})`;
                return { outputs: { [`${name}-url`]: url }, links: [{ label, text, url }], where: '' };
            });
    return merged(done);
}
function merged(done) {
    return {
        outputs: Object.assign({}, ...done.map(each => each.outputs)),
        links: done.flatMap(each => each.links),
        where: done
            .map(each => each.where)
            .filter(Boolean)
            .join(' and ')
    };
}


/***/ }),

/***/ 535:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L: () => (/* binding */ SettingError),
/* harmony export */   i: () => (/* binding */ valueReaders)
/* harmony export */ });
/* harmony import */ var _deliver_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2307);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(38815);
/* harmony import */ var _shared_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(58382);




/** A setting with a bad or missing value: exit 2 in a terminal, an annotation naming the input in a workflow. */
class SettingError extends _shared_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ActionError */ .l {
    constructor(message, setting) {
        super(message, { input: setting });
        this.name = 'SettingError';
    }
}
/**
 * The readers of single values, by kind: each takes the text (trimmed, never empty: the parser substitutes the
 * default first) and says what is wrong in the user's words, with how to fix it.
 */
function valueReaders(wording, workspace) {
    const bad = (d, value, fix) => new SettingError(`${wording.given(d, value)}: ${fix}`, d.name);
    return {
        /** The YAML 1.2 booleans, as `core.getBooleanInput` takes them. */
        boolean(d, text) {
            if (['true', 'True', 'TRUE'].includes(text))
                return true;
            if (['false', 'False', 'FALSE'].includes(text))
                return false;
            throw bad(d, text, 'use true or false.');
        },
        positive(d, kind, text) {
            const value = Number(text);
            if (!Number.isFinite(value) || value <= 0 || value > kind.max)
                throw bad(d, text, `use a number greater than 0 and at most ${kind.max}, e.g. ${kind.example}.`);
            return value;
        },
        whole(d, kind, text) {
            const value = Number(text);
            if (!/^\d+$/.test(text) || value < kind.min || value > kind.max) {
                const empty = d.default ? `for ${d.default}` : kind.emptyMeans;
                const omit = empty ? `, or ${wording.omit} ${empty}` : '';
                throw bad(d, text, `use a whole number from ${kind.min} to ${kind.max}${omit}.`);
            }
            return value;
        },
        choice(d, kind, text) {
            const value = kind.values.find(each => each === text.toLowerCase());
            if (value === undefined)
                throw bad(d, text, `use one of ${kind.values.join(', ')}.`);
            return value;
        },
        url(d, kind, text) {
            let url;
            try {
                url = new URL(text);
            }
            catch {
                url = undefined;
            }
            if (!url || !kind.protocols.includes(url.protocol) || !url.hostname) {
                const kinds = kind.protocols.map(p => p.slice(0, -1)).join(' or ');
                throw bad(d, text, `use an ${kinds} URL, e.g. ${kind.example}.`);
            }
            // Credentials in a URL would be sent to whatever host it names and printed wherever the URL is: the
            // value is not echoed, and the secrets belong in their own settings.
            if (url.username || url.password)
                throw new SettingError(`${wording.subject(d)} contains a user name or password ("user:password@"): remove it and pass credentials through ${wording.secrets}.`, d.name);
            return url;
        },
        /** Resolved in the workspace, which it may not leave (`..`, absolute paths elsewhere). */
        path(d, kind, text) {
            const resolved = node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(workspace, text);
            const relative = node_path__WEBPACK_IMPORTED_MODULE_1___default().relative(workspace, resolved);
            if (relative === '' || relative.startsWith('..') || node_path__WEBPACK_IMPORTED_MODULE_1___default().isAbsolute(relative))
                throw bad(d, text, `that is outside ${wording.workspace}: use a path inside it, e.g. ${kind.example}.`);
            return resolved;
        },
        /** As the editor URL shows it. */
        projectId(d, text) {
            if (!/^[A-Za-z0-9_-]{1,128}$/.test(text))
                throw bad(d, text, 'use the last part of the editor URL (letters, digits, "-" and "_"), e.g. 65fa6b07dca2e367461a2925.');
            return text;
        },
        /** Commas or whitespace between modes, so a YAML list block works too. */
        upload(d, text) {
            const words = text.toLowerCase().split(/[\s,]+/);
            if (words.length === 1 && words[0] === 'none')
                return new Set();
            const modes = new Set();
            for (const word of words) {
                const mode = _deliver_index_js__WEBPACK_IMPORTED_MODULE_0__/* .TARGET_NAMES */ .H.find(name => name === word);
                if (!mode)
                    throw bad(d, text, `use ${[..._deliver_index_js__WEBPACK_IMPORTED_MODULE_0__/* .TARGET_NAMES */ .H, _deliver_index_js__WEBPACK_IMPORTED_MODULE_0__/* .TARGET_NAMES */ .H.join(',')].join(', ')} or none.`);
                modes.add(mode);
            }
            return modes;
        },
        fileName(d, text) {
            if (/[/\\]/.test(text))
                throw bad(d, text, 'that is a path: give a file name such as product-tour.mp4 (the upload is always the rendered video).');
            return text;
        },
        /** A YAML or JSON map of names to text or numbers. */
        map(d, text) {
            const fail = (message) => {
                throw new SettingError(`${wording.subject(d)} ${message}`, d.name);
            };
            let parsed;
            try {
                parsed = (0,yaml__WEBPACK_IMPORTED_MODULE_2__/* .parse */ .qg)(text);
            }
            catch (error) {
                const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
                fail(`is not valid YAML or JSON (${reason}): write a map, e.g. "version: 1.2.0".`);
            }
            if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed))
                fail('must be a map of names to values, e.g. "version: 1.2.0" or {"version": "1.2.0"}.');
            const map = {};
            for (const [name, value] of Object.entries(parsed)) {
                if (!['string', 'number', 'boolean'].includes(typeof value))
                    fail(`gives "${name}" ${value === null ? 'no value' : 'a list or map'}: give it a text or number value.`);
                map[name] = String(value);
            }
            return map;
        }
    };
}


/***/ }),

/***/ 66552:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AC: () => (/* binding */ terminalWords),
/* harmony export */   Fg: () => (/* binding */ reworded)
/* harmony export */ });
/* unused harmony export actionWords */
/* harmony import */ var _declarations_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(13102);

/** The workflow's words: inputs of the step. */
const actionWords = {
    subject: d => `Input \`${d.name}\``,
    mention: d => `\`${d.name}\``,
    given: (d, value) => `Input \`${d.name}\` is "${value}"`,
    howToSet: d => d.cli && 'env' in d.cli
        ? `add \`${d.name}: \${{ secrets.${d.cli.env} }}\``
        : `add \`${d.name}\` to the step`,
    example: (d, value) => `${d.name}: ${value}`,
    howToRemove: d => `remove \`${d.name}\` from the step`,
    unset: 'is empty',
    omit: 'leave it empty',
    secrets: 'the secret inputs',
    workspace: 'the workspace'
};
/** The terminal's words: flags, the command's argument, and AISTUDIOS_* variables. */
function terminalWords(rename = () => undefined) {
    const name = (d) => rename(d) ?? terminalName(d);
    return {
        subject: name,
        mention: name,
        given: (d, value) => `${name(d)} "${value}"`,
        howToSet: d => `${d.cli && 'env' in d.cli ? 'set' : 'give'} ${terminalName(d)}`,
        example: (d, value) => d.cli && 'env' in d.cli ? `${d.cli.env}=${value}` : `${terminalName(d)} ${value}`,
        howToRemove: d => `remove ${terminalName(d)}`,
        unset: 'is missing',
        omit: 'leave it out',
        secrets: 'AISTUDIOS_API_KEY, or AISTUDIOS_APP_ID and AISTUDIOS_USER_KEY',
        workspace: 'the current directory'
    };
}
/** A setting as the terminal names it; one it does not take keeps the action's name. */
function terminalName(d) {
    if (!d.cli)
        return `\`${d.name}\``;
    if ('flag' in d.cli)
        return `--${d.cli.flag}`;
    if ('env' in d.cli)
        return d.cli.env;
    return d.cli.argument;
}
/**
 * A message of the run, written in the workflow's words, in another place's: every "Input `name`" and
 * "`name`" of a declared setting becomes that place's name for it; other text is left as it is.
 */
function reworded(message, wording) {
    return message.replace(/(Input )?`([a-z-]+)`/g, (whole, input, name) => {
        if (!(0,_declarations_js__WEBPACK_IMPORTED_MODULE_0__/* .isSettingName */ .s9)(name))
            return whole;
        return input ? wording.subject((0,_declarations_js__WEBPACK_IMPORTED_MODULE_0__/* .declaration */ .HK)(name)) : wording.mention((0,_declarations_js__WEBPACK_IMPORTED_MODULE_0__/* .declaration */ .HK)(name));
    });
}


/***/ }),

/***/ 66103:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   m: () => (/* binding */ systemClock)
/* harmony export */ });
const systemClock = {
    now: () => Date.now(),
    sleep: (ms, signal) => new Promise((resolve, reject) => {
        if (signal?.aborted)
            return reject(signal.reason);
        const timer = setTimeout(() => {
            signal?.removeEventListener('abort', onAbort);
            resolve();
        }, ms);
        const onAbort = () => {
            clearTimeout(timer);
            reject(signal?.reason);
        };
        signal?.addEventListener('abort', onAbort, { once: true });
    })
};


/***/ }),

/***/ 58382:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   b: () => (/* binding */ messageOf),
/* harmony export */   l: () => (/* binding */ ActionError)
/* harmony export */ });
/**
 * The one error type the action reports to users: its message is a single line that names what is wrong
 * and how to fix it. Anything else that reaches the top is a bug and is reported with less polish.
 */
class ActionError extends Error {
    details;
    constructor(message, details = {}) {
        super(message);
        this.name = 'ActionError';
        this.details = details;
    }
}
/** The message of any thrown value, without a stack. */
function messageOf(error) {
    if (error instanceof Error)
        return error.message;
    return String(error);
}


/***/ })

};
