export const id = 432;
export const ids = [432];
export const modules = {

/***/ 55245:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GF: () => (/* binding */ writeJson),
/* harmony export */   Vh: () => (/* binding */ readJson),
/* harmony export */   ku: () => (/* binding */ plainNumber)
/* harmony export */ });
/* unused harmony export isExactNumber */
/**
 * JSON that keeps every number as it was written. `JSON.parse` reads 12345678901234567890 as
 * 12345678901234567000 and 1e400 as Infinity (written back as null); a project sent back to AI Studios must
 * carry what it came with. Node 20 has neither the reviver's `context.source` nor `JSON.rawJSON` (Node 21+),
 * hence this reader and writer.
 *
 * A number that `JSON.stringify` would write back as the same text stays a number; any other (beyond 2^53,
 * more digits than a double holds, out of range, `1.0`, `1e5`, `-0`) is an `ExactNumber`: a plain object,
 * so that it survives `structuredClone` and JSON copies (the patch engine makes both) and zod's loose objects.
 */
const EXACT = '$exactNumber';
function isExactNumber(value) {
    return (typeof value === 'object' &&
        value !== null &&
        typeof value[EXACT] === 'string' &&
        Object.keys(value).length === 1);
}
/** For a schema that reads a number: an `ExactNumber` as the nearest double, anything else as it is. */
function plainNumber(value) {
    return isExactNumber(value) ? Number(value[EXACT]) : value;
}
/**
 * Parses strict JSON (RFC 8259, as `JSON.parse` accepts it) with every number kept as written. Throws a
 * `SyntaxError` on anything else, and on an object with the key `$exactNumber`, which it could not give back.
 */
function readJson(text) {
    const reader = new Reader(text);
    const value = reader.value();
    reader.end();
    return value;
}
/**
 * The JSON text of a value read by `readJson` (or built of plain data): `ExactNumber`s as their text,
 * members that are `undefined` left out and array items that are `undefined` written as null, as
 * `JSON.stringify` does. `sortKeys` sorts object keys at every depth, for a canonical form.
 */
function writeJson(value, sortKeys = false) {
    if (isExactNumber(value))
        return value[EXACT];
    if (Array.isArray(value))
        return `[${value.map(item => writeJson(item ?? null, sortKeys)).join(',')}]`;
    if (typeof value === 'object' && value !== null) {
        const record = value;
        const keys = Object.keys(record);
        if (sortKeys)
            keys.sort();
        const members = keys
            .filter(key => record[key] !== undefined)
            .map(key => `${JSON.stringify(key)}:${writeJson(record[key], sortKeys)}`);
        return `{${members.join(',')}}`;
    }
    return JSON.stringify(value) ?? 'null';
}
const WHITESPACE = /[ \t\n\r]*/y;
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
// The unrolled form (no alternation under a star) matches a long string without deep backtracking. JSON
// forbids raw control characters in a string, hence the range the rule below would flag.
// eslint-disable-next-line no-control-regex
const STRING = /"[^"\\\u0000-\u001f]*(?:\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4})[^"\\\u0000-\u001f]*)*"/y;
const LITERALS = [
    ['true', true],
    ['false', false],
    ['null', null]
];
class Reader {
    text;
    at = 0;
    constructor(text) {
        this.text = text;
    }
    value() {
        this.skipWhitespace();
        switch (this.text[this.at]) {
            case '{':
                return this.object();
            case '[':
                return this.array();
            case '"':
                return this.string();
        }
        for (const [word, value] of LITERALS) {
            if (this.text.startsWith(word, this.at)) {
                this.at += word.length;
                return value;
            }
        }
        return this.number();
    }
    end() {
        this.skipWhitespace();
        if (this.at < this.text.length)
            this.fail();
    }
    object() {
        const object = {};
        this.at++;
        if (this.next('}'))
            return object;
        do {
            this.skipWhitespace();
            if (this.text[this.at] !== '"')
                this.fail();
            const key = this.string();
            if (key === EXACT)
                throw new SyntaxError(`JSON key ${EXACT} is reserved for exact numbers`);
            this.expect(':');
            const value = this.value();
            // As JSON.parse does: `__proto__` is an own property, not the prototype.
            if (key === '__proto__')
                Object.defineProperty(object, key, {
                    value,
                    writable: true,
                    enumerable: true,
                    configurable: true
                });
            else
                object[key] = value;
        } while (this.next(','));
        this.expect('}');
        return object;
    }
    array() {
        const array = [];
        this.at++;
        if (this.next(']'))
            return array;
        do
            array.push(this.value());
        while (this.next(','));
        this.expect(']');
        return array;
    }
    string() {
        const token = this.token(STRING);
        return token.includes('\\') ? JSON.parse(token) : token.slice(1, -1);
    }
    number() {
        const text = this.token(NUMBER);
        const value = Number(text);
        return String(value) === text ? value : { [EXACT]: text };
    }
    token(pattern) {
        pattern.lastIndex = this.at;
        const match = pattern.exec(this.text);
        if (!match)
            this.fail();
        this.at = pattern.lastIndex;
        return match[0];
    }
    /** Skips whitespace, then steps over `char` if it is next. */
    next(char) {
        this.skipWhitespace();
        if (this.text[this.at] !== char)
            return false;
        this.at++;
        return true;
    }
    expect(char) {
        if (!this.next(char))
            this.fail();
    }
    skipWhitespace() {
        WHITESPACE.lastIndex = this.at;
        WHITESPACE.exec(this.text);
        this.at = WHITESPACE.lastIndex;
    }
    fail() {
        const found = this.at < this.text.length ? `token ${JSON.stringify(this.text[this.at])}` : 'end';
        throw new SyntaxError(`Unexpected ${found} in JSON at position ${this.at}`);
    }
}


/***/ }),

/***/ 49442:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   J8: () => (/* binding */ ProjectSchema),
/* harmony export */   Lt: () => (/* binding */ PROGRESS_ANSWER),
/* harmony export */   Qt: () => (/* binding */ ProjectIdSchema),
/* harmony export */   RW: () => (/* binding */ DELETE_ANSWER),
/* harmony export */   bE: () => (/* binding */ SuccessEnvelopeSchema),
/* harmony export */   rJ: () => (/* binding */ TOKEN_ANSWER),
/* harmony export */   sq: () => (/* binding */ EXPORT_ANSWER),
/* harmony export */   tI: () => (/* binding */ PROJECT_ANSWER),
/* harmony export */   up: () => (/* binding */ ErrorEnvelopeSchema)
/* harmony export */ });
/* unused harmony exports ClipSchema, SceneScriptSchema, SceneSchema, GetProjectDataSchema, ExportDataSchema, DeleteDataSchema, TokenDataSchema, ProgressDataSchema */
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(55491);
/* harmony import */ var _exact_json_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(55245);


/*
 * Schemas of AI Studios v3 answers (docs/aistudios-api.md). Every answer is parsed once, here, at the
 * boundary. Objects are loose: fields we do not know about are kept, so a fetched scene round-trips untouched.
 * Answers are read with every number as written (exact-json.ts): a field this action reads as a number
 * takes it through `plainNumber`, so `1.0` or `5e1` is a number to it as `JSON.parse` would make it.
 */
const ClipSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .looseObject */ ._H3({
    id: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(),
    type: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(),
    tag: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().nullish(),
    name: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().nullish()
});
const SceneScriptSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .looseObject */ ._H3({
    org: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().nullish(),
    modelId: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().nullish(),
    clothId: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().nullish()
});
const SceneSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .looseObject */ ._H3({
    // Projects made before Dec 2024 keep the speech on the avatar clip (`clip.script.org`) and have no `scripts`.
    scripts: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(SceneScriptSchema).optional(),
    clips: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(ClipSchema)
});
const ProjectSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .looseObject */ ._H3({
    _id: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().optional(),
    name: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(),
    orientation: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().optional(),
    scenes: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(SceneSchema)
});
/** `GET /editor/project/{id}` */
const GetProjectDataSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .looseObject */ ._H3({ project: ProjectSchema });
/**
 * Ids the API returns are used in URLs, logs and outputs: the documented form (a 24-hex ObjectId), else a
 * safe charset, never text that could carry a workflow command or a path.
 */
const ProjectIdSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP()
    .regex(/^(?:[0-9a-f]{24}|[A-Za-z0-9_-]{1,128})$/i, 'is not a project id (24 hex digits or [A-Za-z0-9_-])');
/** `POST /editor/project`, `POST /editor/project/export` */
const ExportDataSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .looseObject */ ._H3({ projectId: ProjectIdSchema });
/** `DELETE /editor/project` with `{ ids }`. */
const DeleteDataSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .looseObject */ ._H3({
    deletedCount: zod__WEBPACK_IMPORTED_MODULE_0__/* .preprocess */ .vkY(_exact_json_js__WEBPACK_IMPORTED_MODULE_1__/* .plainNumber */ .ku, zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().int().nonnegative())
});
/** `POST /auth/token` */
const TokenDataSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .looseObject */ ._H3({ token: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().min(1) });
/**
 * `GET /editor/progress/{id}`. `state` exists (the official samples log it) but its values are undocumented,
 * so it stays a free string and `classifyProgress` decides what it means.
 */
const ProgressDataSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .looseObject */ ._H3({
    // A number, or the same number as a string (a variant seen in the wild); anything else is not a progress.
    progress: zod__WEBPACK_IMPORTED_MODULE_0__/* .preprocess */ .vkY(_exact_json_js__WEBPACK_IMPORTED_MODULE_1__/* .plainNumber */ .ku, zod__WEBPACK_IMPORTED_MODULE_0__/* .union */ .KCZ([
        zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig(),
        zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP()
            .regex(/^\s*\d+(?:\.\d+)?\s*$/)
            .transform(Number)
    ]))
        .pipe(zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().min(0))
        .nullish()
        .transform(value => value ?? 0),
    state: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().nullish(),
    downloadUrl: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().nullish(),
    // The project object spells it in snake case; the progress answer may too.
    download_url: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().nullish()
})
    .transform(({ download_url, ...data }) => ({
    ...data,
    downloadUrl: data.downloadUrl ?? download_url ?? data.downloadUrl
}));
/** `GET /editor/project/{id}`: the project's fields are the documented ones (docs/aistudios-api.md, 3.1). */
const PROJECT_ANSWER = {
    name: 'get-project answer',
    schema: GetProjectDataSchema,
    known: {
        project: Object.fromEntries([
            '_id',
            'name',
            'orientation',
            'scenes',
            'userId',
            'templateId',
            'state',
            'thumbnailUrl',
            'baseInfoId',
            'dictionary',
            'backendTaskId',
            'exportType',
            'progress',
            'creditSubstracted',
            'createdAt',
            'updatedAt',
            'download_url'
        ].map(field => [field, true]))
    }
};
const EXPORT_ANSWER = {
    name: 'export answer',
    schema: ExportDataSchema,
    known: { projectId: true }
};
const DELETE_ANSWER = {
    name: 'delete answer',
    schema: DeleteDataSchema,
    known: { deletedCount: true }
};
const TOKEN_ANSWER = {
    name: 'token answer',
    schema: TokenDataSchema,
    known: { token: true },
    secret: true
};
const PROGRESS_ANSWER = {
    name: 'progress answer',
    schema: ProgressDataSchema,
    known: {
        progress: true,
        state: true,
        downloadUrl: true,
        download_url: true,
        projectId: true,
        _id: true
    }
};
/**
 * The error envelope. The type of `code` is undocumented: a number or a string. Some answers carry the text
 * as a top-level `message` instead of `error.msg`.
 */
const ErrorEnvelopeSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({
    success: zod__WEBPACK_IMPORTED_MODULE_0__/* .literal */ .euz(false),
    message: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().optional(),
    error: zod__WEBPACK_IMPORTED_MODULE_0__/* .looseObject */ ._H3({
        code: zod__WEBPACK_IMPORTED_MODULE_0__/* .preprocess */ .vkY(_exact_json_js__WEBPACK_IMPORTED_MODULE_1__/* .plainNumber */ .ku, zod__WEBPACK_IMPORTED_MODULE_0__/* .union */ .KCZ([zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig()])).optional(),
        msg: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().optional()
    })
        .optional()
});
const SuccessEnvelopeSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({ success: zod__WEBPACK_IMPORTED_MODULE_0__/* .literal */ .euz(true), data: zod__WEBPACK_IMPORTED_MODULE_0__/* .unknown */ .L5J() });


/***/ }),

/***/ 96333:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  b: () => (/* reexport */ StudioError),
  o: () => (/* binding */ Transport)
});

// EXTERNAL MODULE: ./node_modules/undici/index.js
var undici = __webpack_require__(46752);
// EXTERNAL MODULE: ./src/shared/clock.ts
var clock = __webpack_require__(66103);
// EXTERNAL MODULE: ./src/shared/deadline.ts + 1 modules
var deadline = __webpack_require__(52132);
// EXTERNAL MODULE: ./src/shared/errors.ts
var errors = __webpack_require__(58382);
;// CONCATENATED MODULE: ./src/shared/http-agent.ts

/*
 * Every outbound request of the action (AI Studios, the download) goes through one dispatcher that honours the
 * runner's proxy settings: `https_proxy`, `http_proxy` and `no_proxy` (or their upper-case forms), as
 * `@actions/http-client` does for the GitHub clients. Node's own `fetch` ignores them without a flag.
 */
let shared;
/** The process's one dispatcher, made on first use from the environment as it is then. */
function outboundDispatcher() {
    shared ??= createOutboundDispatcher();
    return shared;
}
/** A dispatcher reading the proxy variables now; tests use it to see a changed environment. */
function createOutboundDispatcher(env = process.env) {
    // Without a proxy a plain agent does the same, and spares the log undici's "experimental" warning.
    const proxied = ['https_proxy', 'HTTPS_PROXY', 'http_proxy', 'HTTP_PROXY'].some(name => env[name]);
    return proxied ? new undici.EnvHttpProxyAgent() : new undici.Agent();
}

;// CONCATENATED MODULE: ./src/shared/network-failure.ts
/** The system or library code of a failed request (`ECONNREFUSED`, `UND_ERR_SOCKET`), through its causes. */
function errorCode(error) {
    // Not `instanceof Error`: errors may come from another realm (a VM context in tests).
    for (let e = error; typeof e === 'object' && e !== null; e = e.cause) {
        const code = e.code;
        if (typeof code === 'string')
            return code;
    }
    return undefined;
}
/** A failed request in a few words: its code when it has one, else its message. */
function describeFailure(error) {
    const code = errorCode(error);
    return code
        ? `a network error (${code})`
        : `an error (${error instanceof Error ? error.message : String(error)})`;
}

// EXTERNAL MODULE: ./src/shared/redact.ts
var redact = __webpack_require__(48932);
// EXTERNAL MODULE: ./src/shared/retry.ts
var retry = __webpack_require__(43091);
// EXTERNAL MODULE: ./src/shared/retry-after.ts
var retry_after = __webpack_require__(61424);
;// CONCATENATED MODULE: ./src/aistudios/charged.ts
/*
 * What a user is told about an AI Studios answer the action could not use: above all the export whose
 * outcome is unknown, which may have started a render and spent credits.
 */
/**
 * The message of every ambiguous export failure: the render may have started and been charged, what was
 * received, where to look, and how to continue without paying twice.
 */
function exportMayHaveBeenCharged(apiUrl, what, reason, received) {
    const seen = received === undefined ? '' : ` Received: "${excerpt(received)}".`;
    return `The export request (${what}) failed with ${reason} and may have reached AI Studios: the render may have started and may have been charged. It was not sent again, so that you are not charged twice.${seen} Check the project list at ${dashboardUrl(apiUrl)} for a new render; if one is running, re-run with \`resume-project-id\` set to its id.`;
}
/** The dashboard users of that API host sign in to: the `.cn` host has its own. */
function dashboardUrl(apiUrl) {
    let host = '';
    try {
        host = new URL(apiUrl).hostname;
    }
    catch {
        // An api-url that does not parse was refused as an input already; fall back to the main dashboard.
    }
    return host.endsWith('.cn') ? 'https://app.aistudios.cn' : 'https://app.aistudios.com';
}
/** A received body in one line, short enough for a log or an annotation. */
function excerpt(text) {
    return text.replace(/\s+/g, ' ').trim().slice(0, 200);
}

// EXTERNAL MODULE: ./src/aistudios/exact-json.ts
var exact_json = __webpack_require__(55245);
;// CONCATENATED MODULE: ./src/aistudios/rate-gate.ts
/**
 * The client's one rate behaviour. A 429 with `Retry-After` is about the account, not about the request that
 * met it: every request of the client (plan fetches, exports, polls, by any of the pool's workers) waits
 * until the pause is over, so a manifest's videos back off together instead of each worker hammering on
 * until it meets its own 429.
 */
class RateGate {
    clock;
    until = 0;
    constructor(clock) {
        this.clock = clock;
    }
    /** Returns once no pause holds (at once when none does); aborted with `signal`. */
    async pass(signal) {
        // A pause may be extended while this waits: wait again until the latest one is over.
        for (let now = this.clock.now(); now < this.until; now = this.clock.now())
            await this.clock.sleep(this.until - now, signal);
    }
    /** The server asked the client to come back in `ms`; a later pause never shortens an earlier one. */
    pause(ms) {
        this.until = Math.max(this.until, this.clock.now() + ms);
    }
}

;// CONCATENATED MODULE: ./src/aistudios/studio-error.ts

/** A failure of one call, after its retries. `transient` failures may succeed if tried again later. */
class StudioError extends errors/* ActionError */.l {
    kind;
    transient;
    status;
    retryAfterMs;
    constructor(message, facts) {
        super(message);
        this.name = 'StudioError';
        this.kind = facts.kind;
        this.transient = facts.transient;
        this.status = facts.status;
        this.retryAfterMs = facts.retryAfterMs;
    }
}

// EXTERNAL MODULE: ./src/aistudios/schema.ts
var aistudios_schema = __webpack_require__(49442);
;// CONCATENATED MODULE: ./src/aistudios/transport.ts















const ATTEMPTS = { read: 5, poll: 1, spend: 4, cleanup: 3 };
const RETRY_AFTER_CAP_MS = {
    read: 60_000,
    poll: 60_000,
    spend: 60_000,
    cleanup: 10_000
};
const TRANSIENT_STATUS = new Set([408, 429, 500, 502, 503, 504, 520, 521, 522, 523, 524]);
class Transport {
    options;
    clock;
    redactor;
    dispatcher;
    gate;
    constructor(options) {
        this.options = options;
        this.clock = options.clock ?? clock/* systemClock */.m;
        this.gate = new RateGate(this.clock);
        this.redactor = options.redactor ?? new redact/* Redactor */.p();
        this.dispatcher = options.dispatcher ?? outboundDispatcher();
    }
    /** One call: the answer's `data`, parsed with `schema`, or a `StudioError` that says what went wrong. */
    async call(budget, method, path, schema, init = {}) {
        const what = `${method.toUpperCase()} /${path}`;
        return (0,retry/* retry */.L)(() => this.attempt(budget, what, method, path, schema, init), {
            attempts: ATTEMPTS[budget],
            classify: error => worthRetrying(budget, error),
            clock: this.clock,
            signal: this.options.signal,
            retryAfterCapMs: RETRY_AFTER_CAP_MS[budget],
            random: this.options.random,
            onRetry: (error, delayMs, next) => this.options.onRetry?.(isPause(error)
                ? `${(0,errors/* messageOf */.b)(error)}; every request to AI Studios waits, ${what} again in ${Math.ceil(delayMs / 1000)} s`
                : `${(0,errors/* messageOf */.b)(error)}; retry ${next - 1} of ${what} in ${Math.ceil(delayMs / 1000)} s`, budget)
        });
    }
    async attempt(budget, what, method, path, schema, init) {
        const { signal, requestTimeoutMs } = this.options;
        await this.gate.pass(signal);
        let answer;
        try {
            answer = await (0,deadline/* within */.ux)(requestTimeoutMs, signal, () => new Error('no answer within the request timeout'), attemptSignal => this.exchange(method, path, init, attemptSignal));
        }
        catch (error) {
            if (signal.aborted) {
                if (budget === 'spend')
                    throw this.charged(what, 'the run was stopped while it was in flight');
                throw signal.reason;
            }
            const reason = error instanceof deadline/* StoppedError */.Ko ? error.message : describeFailure(error);
            // Only an export that surely never left (refused connection) may be sent again.
            if (budget === 'spend' && errorCode(error) !== 'ECONNREFUSED')
                throw this.charged(what, reason);
            throw new StudioError(`AI Studios could not be reached for ${what}: ${reason}`, {
                kind: 'unreachable',
                transient: true
            });
        }
        return this.judge(budget, what, answer, schema);
    }
    /** One request and its whole answer, read within the attempt's signal. */
    async exchange(method, path, init, signal) {
        const { requestTimeoutMs } = this.options;
        const headers = { accept: 'application/json' };
        if (init.authorization !== undefined)
            headers.authorization = init.authorization;
        if (init.json !== undefined)
            headers['content-type'] = 'application/json';
        const response = await (0,undici.request)(new URL(path, withSlash(this.options.apiUrl)), {
            method: method.toUpperCase(),
            headers,
            body: init.json === undefined ? undefined : (0,exact_json/* writeJson */.GF)(init.json),
            dispatcher: this.dispatcher,
            signal,
            // undici's own timers bound the wait for headers and every pause of the body; the attempt's bound
            // covers the whole exchange, so a body that trickles a byte at a time ends too.
            headersTimeout: requestTimeoutMs,
            bodyTimeout: requestTimeoutMs,
            // Credentials never follow a redirect: a 3xx is answered as an error below.
            maxRedirections: 0
        });
        const header = response.headers['retry-after'];
        const text = await response.body.text();
        this.options.onExchange?.(`${method.toUpperCase()} /${path} -> HTTP ${response.statusCode}: ${this.redactor.redact((0,redact/* redactSecretFields */.b)(text))}`);
        return {
            status: response.statusCode,
            retryAfter: Array.isArray(header) ? (header[0] ?? null) : (header ?? null),
            text
        };
    }
    /** The answer as data, or the `StudioError` it is. */
    judge(budget, what, { status, text, retryAfter }, schema) {
        if (status >= 300 && status < 400) {
            throw new StudioError(`AI Studios answered ${what} with a redirect (HTTP ${status}), which is not followed so that the credentials go nowhere else: set \`api-url\` to the API's own address.`, { kind: 'refused', transient: false, status });
        }
        const body = parseJson(text);
        const envelope = aistudios_schema/* SuccessEnvelopeSchema */.bE.safeParse(body);
        if (status < 300 && envelope.success) {
            const data = schema.safeParse(envelope.data.data);
            if (data.success)
                return { value: data.data, raw: envelope.data.data };
            const issue = data.error.issues[0];
            const problem = `${issue?.path.join('.') || '(root)'}: ${issue?.message}`;
            if (budget === 'spend')
                throw this.charged(what, `an answer it cannot read (${problem})`, text);
            throw new StudioError(this.redactor.redact(`AI Studios answered ${what} with data this action does not understand: ${problem}. Received: "${excerpt(text)}". Please report it with the project id.`), { kind: 'unreadable', transient: false, status });
        }
        const refused = aistudios_schema/* ErrorEnvelopeSchema */.up.safeParse(body);
        // A 200 that is not the envelope (a proxy's page, an empty body) says nothing about our request; a 200
        // with the error envelope is the API's clear answer (a failed render, a refusal).
        const unreadable = status < 300 && !refused.success;
        if (budget === 'spend' && (status >= 500 || unreadable))
            throw this.charged(what, `HTTP ${status}`, text);
        const message = refused.success
            ? `AI Studios refused ${what}: ${refused.data.error?.msg ?? refused.data.message ?? 'no message'} (code ${refused.data.error?.code ?? 'none'}, HTTP ${status})`
            : // A non-JSON page (a proxy's or a load balancer's) says nothing about our request: try again later.
                `AI Studios answered ${what} with HTTP ${status} and a body that is not its JSON envelope: "${excerpt(text)}"`;
        const kind = TRANSIENT_STATUS.has(status)
            ? 'busy'
            : unreadable
                ? 'unreadable'
                : status === 404
                    ? 'not-found'
                    : 'refused';
        const retryAfterMs = (0,retry_after/* parseRetryAfter */.m)(retryAfter, this.clock.now());
        if (status === 429 && retryAfterMs !== undefined)
            this.gate.pause(Math.min(retryAfterMs, RETRY_AFTER_CAP_MS[budget]));
        throw new StudioError(this.redactor.redact(message), {
            kind,
            transient: TRANSIENT_STATUS.has(status) || unreadable,
            status,
            retryAfterMs
        });
    }
    /** The one text for an export that may have started a render (and spent credits) although we cannot tell. */
    charged(what, reason, received) {
        return new StudioError(this.redactor.redact(exportMayHaveBeenCharged(this.options.apiUrl, what, reason, received)), { kind: 'maybe-charged', transient: false });
    }
}
/** The server asked the client to come back later: a pause of the whole client, not a failure. */
function isPause(error) {
    return error instanceof StudioError && error.status === 429 && error.retryAfterMs !== undefined;
}
/**
 * Whether a failed attempt is tried again: any transient failure, except for an export, which is sent again
 * only when it surely never left (a refused connection) or when the server asked us to come back later.
 * A poll never is: its wait loop is its retry layer.
 */
function worthRetrying(budget, error) {
    if (budget === 'poll' || !(error instanceof StudioError) || !error.transient)
        return false;
    if (isPause(error))
        return { afterMs: error.retryAfterMs, paused: true };
    if (budget === 'spend' && error.kind !== 'unreachable')
        return false;
    return { afterMs: error.retryAfterMs };
}
function withSlash(url) {
    return url.endsWith('/') ? url : `${url}/`;
}
/** Numbers kept as written (`readJson`), so that a project goes back with the digits it came with. */
function parseJson(text) {
    try {
        return (0,exact_json/* readJson */.Vh)(text);
    }
    catch {
        return undefined;
    }
}


/***/ }),

/***/ 32432:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Ao: () => (/* binding */ RenderFailedError),
  W4: () => (/* binding */ classifyProgress),
  YA: () => (/* binding */ seconds),
  ht: () => (/* binding */ waitForRender)
});

// UNUSED EXPORTS: GRACE_MS, isUnknownState

// EXTERNAL MODULE: ./src/aistudios/transport.ts + 5 modules
var transport = __webpack_require__(96333);
// EXTERNAL MODULE: ./src/shared/errors.ts
var errors = __webpack_require__(58382);
// EXTERNAL MODULE: ./src/shared/deadline.ts + 1 modules
var deadline = __webpack_require__(52132);
// EXTERNAL MODULE: ./src/shared/backoff.ts
var backoff = __webpack_require__(39393);
;// CONCATENATED MODULE: ./src/render/schedule.ts

const SCHEDULE_LIMITS = {
    /** Dense polling near the expected end never goes faster than this. */
    minDelayMs: 1_000,
    /** A backstop only: the estimate sets the spacing (the heartbeat comes from a timer, not from polls). */
    maxDelayMs: 5 * 60_000,
    /** Until the progress moves, the wait may be a queue of any length: never slower than this, so a render
     * that jumps from 0 to done without reporting anything in between is seen within it. */
    waitingMaxDelayMs: 60_000,
    /** The first poll, before anything is known about the pace: right after the export it could only say 0 %. */
    firstDelayMs: 5_000
};
/** Transient poll failures back off with the action's one backoff, from this step. */
const POLL_FAILURE_BACKOFF = { baseMs: 2_000, capMs: 30_000 };
// Until the progress moves, the wait may be a queue of any length: poll at half the time waited so far.
const WAITING_FRACTION = 0.5;
// Before the earliest plausible finish, poll at this fraction of the time left to it: each poll refines the
// estimate, so the polls close in on the end geometrically.
const APPROACH_FRACTION = 0.7;
// Once the earliest plausible finish is this close, aim at it (just past it, below).
const AIM_WITHIN_MS = 30_000;
// How far past the earliest plausible finish the final approach may aim: the detection lag it accepts.
const AIM_LAG_MS = 1_000;
// Once the earliest plausible finish has passed, the render may end at any moment: this spacing is what
// bounds the detection lag.
const DENSE_MS = 5_000;
// Past the expected finish (a stall, or a last step that reports nothing), ease off in proportion to how late
// the render is, but only so far: a render that is due must not go unnoticed for long.
const OVERDUE_FRACTION = 0.25;
const OVERDUE_MAX_MS = 6_000;
// How much faster than the measured pace the rest of the render may plausibly run.
const PACE_MARGIN = 1.25;
// The pace over the last minute or so, so that a render that speeds up, or resumes after a stall, is not
// judged by its slower past.
const RECENT_WINDOW_MS = 60_000;
// The API reports whole percents; finer steps would only make the estimates a little cautious.
const MIN_STEP = 1;
function cleanObservations(observations) {
    return observations
        .filter(o => Number.isFinite(o.at) && Number.isFinite(o.progress))
        .map(o => ({ at: o.at, progress: Math.min(100, Math.max(0, o.progress)) }));
}
/**
 * The points at which the progress moved, since it last went backwards (a reset means a new phase whose pace
 * the old points do not describe). The first entry is where the counting starts.
 */
function changesOf(startedAt, clean) {
    let from = 0;
    for (let i = 1; i < clean.length; i++)
        if (clean[i].progress < clean[i - 1].progress)
            from = i;
    const points = from === 0 ? [{ at: startedAt, progress: 0 }, ...clean] : clean.slice(from);
    const changes = [];
    let lastSeen = points[0].at;
    for (const point of points) {
        const last = changes.at(-1);
        if (!last || point.progress > last.progress) {
            changes.push({ firstSeen: point.at, prevLastSeen: lastSeen, progress: point.progress });
        }
        lastSeen = point.at;
    }
    return changes;
}
function rateBetween(from, to, fromTime) {
    const elapsed = to.firstSeen - fromTime;
    return elapsed > 0 ? (to.progress - from.progress) / elapsed : 0;
}
/**
 * The pace and the finish, or undefined while the progress has not moved. The first move is timed from the
 * last sighting of the starting value (a queue before it says nothing about the pace); later moves from when
 * each value was first seen, whose lateness cancels out between two of them. The faster of the whole-history
 * and recent paces wins: an early estimate costs a few polls, a late one costs lag.
 */
function estimateFinish(startedAt, observations) {
    const clean = cleanObservations(observations);
    const changes = changesOf(startedAt, clean);
    if (changes.length < 2)
        return undefined;
    const last = changes[changes.length - 1];
    const moves = changes.slice(1);
    let rate;
    if (moves.length === 1) {
        rate = rateBetween(changes[0], last, last.prevLastSeen);
    }
    else {
        const first = moves[0];
        let recent;
        for (const c of moves)
            if (c.firstSeen <= last.firstSeen - RECENT_WINDOW_MS)
                recent = c;
        rate = Math.max(rateBetween(first, last, first.firstSeen), recent ? rateBetween(recent, last, recent.firstSeen) : 0);
    }
    if (!(rate > 0))
        return undefined;
    const lastSeen = clean[clean.length - 1].at;
    const step = stepOf(changes, rate, lastSeen);
    const fast = rate * PACE_MARGIN;
    const left = 100 - last.progress;
    const reachedAfter = Math.max(last.prevLastSeen, last.firstSeen - step / fast);
    const expectedAt = last.firstSeen + left / rate;
    const earliestAt = Math.min(expectedAt, Math.max(lastSeen, reachedAfter + left / fast));
    return { rate, step, expectedAt, earliestAt };
}
/**
 * How coarse the reported progress is, in points. A value that stayed put while the pace says it should have
 * moved means steps at least that big (or a stall, which this treats alike: cautiously).
 */
function stepOf(changes, rate, lastSeen) {
    let step = MIN_STEP;
    for (let i = 1; i < changes.length; i++) {
        const heldUntil = i + 1 < changes.length ? changes[i + 1].prevLastSeen : lastSeen;
        step = Math.max(step, rate * (heldUntil - changes[i].firstSeen));
    }
    return step;
}
function paceDelay(startedAt, now, observations) {
    const estimate = estimateFinish(startedAt, observations);
    if (!estimate)
        return Math.min(SCHEDULE_LIMITS.waitingMaxDelayMs, Math.max(SCHEDULE_LIMITS.firstDelayMs, WAITING_FRACTION * (now - startedAt)));
    const toEarliest = estimate.earliestAt - now;
    if (toEarliest > AIM_WITHIN_MS)
        return APPROACH_FRACTION * toEarliest;
    // Aim past the earliest plausible finish by the lag we accept, if the expected one is later: a poll right at
    // the earliest finish mostly learns that the render is not done yet.
    if (toEarliest > 0)
        return Math.min(estimate.expectedAt, estimate.earliestAt + AIM_LAG_MS) - now;
    // A fast render with fine steps is caught within a step, rather than a whole DENSE_MS late.
    const dense = Math.min(DENSE_MS, estimate.step / estimate.rate);
    const overdue = now - estimate.expectedAt;
    return Math.max(dense, Math.min(OVERDUE_MAX_MS, OVERDUE_FRACTION * overdue));
}
// The cap grows with the time waited: an estimate made early, or broken by a stall or a jump, is corrected
// within a fraction of the render's age, while a long render is not polled for news it cannot have.
const CAP_FRACTION = 0.1;
const CAP_FLOOR_MS = 45_000;
/** The longest wait between polls once the render is `elapsed` ms old. */
function pollCapMs(elapsed) {
    return Math.min(SCHEDULE_LIMITS.maxDelayMs, Math.max(CAP_FLOOR_MS, CAP_FRACTION * elapsed));
}
/**
 * ms to wait before the next poll. Never past the deadline (the time left instead, so the last poll lands on
 * it), never sooner than `Retry-After`, never beyond `maxDelayMs` unless `Retry-After` asks for it.
 */
function nextPollDelay(input) {
    const { startedAt, now, deadline, observations, retryAfterMs, consecutiveFailures = 0 } = input;
    let delay = Math.min(pollCapMs(now - startedAt), Math.max(SCHEDULE_LIMITS.minDelayMs, paceDelay(startedAt, now, observations)));
    if (consecutiveFailures > 0) {
        const random = Math.min(1, Math.max(0, input.random ?? 0.5));
        // Never sooner than the pace would poll anyway; the backoff only spaces out retries of a struggling server.
        delay = Math.max(delay, (0,backoff/* backoffDelay */.E)(consecutiveFailures, () => random, POLL_FAILURE_BACKOFF));
    }
    if (retryAfterMs !== undefined && retryAfterMs > delay)
        delay = retryAfterMs;
    return Math.round(Math.min(delay, Math.max(0, deadline - now)));
}
/**
 * ms since the progress last changed (a reset counts: the render did something), or since the first
 * observation if it never has; 0 with no observations.
 */
function stalledFor(observations, now) {
    const clean = cleanObservations(observations);
    if (clean.length === 0)
        return 0;
    let since = clean[0].at;
    for (let i = 1; i < clean.length; i++) {
        if (clean[i].progress !== clean[i - 1].progress)
            since = clean[i].at;
    }
    return Math.max(0, now - since);
}

;// CONCATENATED MODULE: ./src/render/wait.ts




// A state naming the end of the render: with a download URL it is done whatever the progress says.
const DONE_STATE = /^(complete|completed|done|success|succeeded|finished)$/i;
const FAILED_STATE = /fail|error|cancel|reject|abort/i;
// States that plainly mean "not yet"; any other is logged once verbatim so that a user can report it.
const PENDING_STATE = /^(pending|queued|queue|waiting|wait|ready|started|start|running|rendering|processing|progress|in[ _-]?progress|encoding|exporting)$/i;
/**
 * What a progress answer means. The API documents `progress` and `downloadUrl` only; `state` exists but its
 * values do not (docs/aistudios-api.md, Progress). Assumption: a state naming a failure ends the render; the
 * render is done at 100 % with a download URL, or in a done state with one; any other answer is pending.
 */
function classifyProgress(data) {
    if (data.state && FAILED_STATE.test(data.state)) {
        return { kind: 'failed', reason: `the render ended in state "${data.state}"` };
    }
    if (data.downloadUrl && (data.progress >= 100 || (data.state && DONE_STATE.test(data.state))))
        return { kind: 'done', downloadUrl: data.downloadUrl };
    return { kind: 'pending', progress: Math.min(data.progress, 100) };
}
/** A state the action does not know (neither done, failed nor plainly pending). */
function isUnknownState(state) {
    return (!!state && !DONE_STATE.test(state) && !FAILED_STATE.test(state) && !PENDING_STATE.test(state));
}
/** The vendor gave up on the render: resuming it cannot help, unlike a deadline or a lost connection. */
class RenderFailedError extends errors/* ActionError */.l {
}
const HEARTBEAT_MS = 60_000;
const STALL_WARNING_MS = 3 * 60_000;
/**
 * Right after the export the render may not be registered yet: for this long, an answer that is odd (not
 * found, no data, an empty body, a progress that does not parse, a shape the schema does not know) is read as
 * "not ready yet" and retried with the backoff. Only an answer that says the render failed ends it as failed;
 * after the grace period an odd answer ends the wait naming the render, which may still be running.
 */
const GRACE_MS = 60_000;
/** An answer that says nothing clear about the render, unlike a failure envelope or a failed state. */
function isOddAnswer(error) {
    return error.kind === 'unreadable' || error.kind === 'not-found';
}
/** Polls until the render is done, fails, or the deadline passes. */
async function waitForRender(options) {
    const observations = [];
    try {
        return await poll(options, observations);
    }
    catch (error) {
        // The run's deadline fires inside a request or a sleep: say which render it interrupted.
        if (options.signal.aborted && options.signal.reason instanceof deadline/* DeadlineError */.j3) {
            throw deadlinePassed(options.projectId, observations);
        }
        throw error;
    }
}
async function poll(options, observations) {
    const { clock, projectId } = options;
    let polls = 0;
    let failures = 0;
    let retryAfterMs;
    let lastLogAt = clock.now();
    let lastLogged;
    let lastKnown = 'no progress reported yet';
    let stallWarnedAt = 0;
    const unknownStates = new Set();
    const log = (line) => {
        options.log(line);
        lastLogAt = clock.now();
    };
    // The heartbeat is a timer on the clock, not a poll: a long gap between polls still logs once a minute,
    // with the last known state.
    const sleep = async (ms) => {
        const until = clock.now() + ms;
        for (let now = clock.now(); now < until; now = clock.now()) {
            await clock.sleep(Math.min(until, lastLogAt + HEARTBEAT_MS) - now, options.signal);
            if (clock.now() >= lastLogAt + HEARTBEAT_MS)
                log(`Render ${projectId}: ${lastKnown}, ${seconds(clock.now() - options.startedAt)} elapsed`);
        }
    };
    const delayAt = (now) => nextPollDelay({
        startedAt: options.startedAt,
        now,
        deadline: options.deadline,
        observations,
        retryAfterMs,
        consecutiveFailures: failures,
        random: options.random?.() ?? Math.random()
    });
    // No poll right after the export: it could only say 0 %.
    await sleep(delayAt(clock.now()));
    for (;;) {
        // A poll due at the deadline is not sent, whether or not the run's timer has fired yet: the deadline is
        // read from the clock too, so it holds on any clock.
        if (clock.now() >= options.deadline)
            throw deadlinePassed(projectId, observations);
        let data;
        polls++;
        try {
            data = await options.progress(projectId);
            failures = 0;
            retryAfterMs = undefined;
        }
        catch (error) {
            if (!(error instanceof transport/* StudioError */.b))
                throw error;
            const odd = isOddAnswer(error);
            const inGrace = odd && clock.now() - options.startedAt < (options.graceMs ?? GRACE_MS);
            if (odd && !inGrace)
                throw unclearAnswer(projectId, error, observations);
            if (!odd && !error.transient)
                throw new RenderFailedError(`AI Studios could not render project ${projectId}: ${error.message}`);
            failures++;
            retryAfterMs = error.retryAfterMs;
            options.warn(inGrace
                ? `Progress check got an odd answer right after the export (${error.message}); the render may not be registered yet, trying again.`
                : `Progress check failed (${error.message}); trying again.`);
        }
        const at = clock.now();
        if (data) {
            if (isUnknownState(data.state) && !unknownStates.has(data.state)) {
                unknownStates.add(data.state);
                options.warn(`AI Studios reported a render state this action does not know: ${JSON.stringify(data.state)}; reading it as still rendering. Please report it.`);
            }
            const status = classifyProgress(data);
            if (status.kind === 'done') {
                log(`Render ${projectId} done after ${seconds(at - options.startedAt)} (${polls} progress checks).`);
                return { downloadUrl: status.downloadUrl, polls };
            }
            if (status.kind === 'failed') {
                throw new RenderFailedError(`AI Studios could not render project ${projectId}: ${status.reason}.`);
            }
            const previous = observations.at(-1);
            if (previous && status.progress < previous.progress) {
                options.warn(`Progress went backwards (${previous.progress.toFixed(1)} % to ${status.progress.toFixed(1)} %); still waiting.`);
            }
            observations.push({ at, progress: status.progress });
            options.onProgress?.(status.progress);
            const line = `${status.progress.toFixed(1)} % (state ${data.state ?? 'none'})`;
            lastKnown = `${line} at the last check`;
            if (line !== lastLogged) {
                log(`Render ${projectId}: ${line}, ${seconds(at - options.startedAt)} elapsed`);
                lastLogged = line;
            }
            const stalled = stalledFor(observations, at);
            if (stalled >= STALL_WARNING_MS && at - stallWarnedAt >= STALL_WARNING_MS) {
                options.warn(`Render ${projectId}: progress has not moved for ${seconds(stalled)}; still waiting until the deadline.`);
                stallWarnedAt = at;
            }
        }
        // The scheduler aims the last poll at the deadline itself; after it, there is no time left to wait.
        if (at >= options.deadline)
            throw deadlinePassed(projectId, observations);
        await sleep(delayAt(at));
    }
}
function deadlinePassed(projectId, observations) {
    return new deadline/* DeadlineError */.j3(`The render of project ${projectId} did not finish before the deadline (\`timeout-minutes\`)${lastProgress(observations)}.`);
}
/**
 * Not a failed render (nothing said so): the render may still be running, so the error is resumable and
 * the report adds the `resume-project-id` line, as for the deadline.
 */
function unclearAnswer(projectId, error, observations) {
    return new errors/* ActionError */.l(`The render of project ${projectId} could not be followed${lastProgress(observations)}: ${error.message.replace(/\.$/, '')}. It may still be rendering.`);
}
function lastProgress(observations) {
    const last = observations.at(-1);
    return last ? ` at ${last.progress.toFixed(1)} %` : '';
}
function seconds(ms) {
    const s = Math.round(ms / 1000);
    return s < 120 ? `${s} s` : `${Math.floor(s / 60)} min ${s % 60} s`;
}


/***/ }),

/***/ 39393:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ backoffDelay),
/* harmony export */   V: () => (/* binding */ DEFAULT_BACKOFF)
/* harmony export */ });
const DEFAULT_BACKOFF = { baseMs: 1_000, capMs: 30_000 };
/** The wait before the retry after the n-th consecutive failure (1-based). */
function backoffDelay(failure, random, { baseMs, capMs } = DEFAULT_BACKOFF) {
    const ceiling = Math.min(capMs, baseMs * 2 ** (failure - 1));
    return Math.round(ceiling * (0.5 + random() / 2));
}


/***/ }),

/***/ 61424:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   m: () => (/* binding */ parseRetryAfter)
/* harmony export */ });
// A server's `Retry-After` is honoured, but within reason: a misconfigured one must not park the run.
const RETRY_AFTER_CAP_MS = 5 * 60_000;
/** `Retry-After` in seconds or as an HTTP-date, as a delay in ms from `nowMs`; capped, never negative. */
function parseRetryAfter(value, nowMs) {
    const text = value?.trim() ?? '';
    // An HTTP-date starts with the day's name; Date.parse alone would take '-5' as a year.
    const ms = /^\d+$/.test(text)
        ? Number(text) * 1000
        : /^[a-z]{3}/i.test(text)
            ? Date.parse(text) - nowMs
            : NaN;
    if (Number.isNaN(ms))
        return undefined;
    return Math.min(Math.max(ms, 0), RETRY_AFTER_CAP_MS);
}


/***/ }),

/***/ 43091:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L: () => (/* binding */ retry)
/* harmony export */ });
/* harmony import */ var _backoff_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(39393);

/**
 * The one retry policy of the action: runs `attempt` (numbered from 1) until it succeeds, fails in a way
 * `classify` rejects, or the attempts run out; the last failure is thrown. Between attempts it waits the
 * backoff with jitter, or longer when the server asked, on the injected clock and cancellable by `signal`.
 * Each attempt starts from scratch, which is the point: an upload needs a fresh file stream, not the
 * request options of the failed try.
 */
async function retry(attempt, options) {
    const { attempts, classify, clock, signal } = options;
    let failures = 0;
    for (let n = 1;; n++) {
        if (signal?.aborted)
            throw signal.reason;
        try {
            return await attempt(n);
        }
        catch (error) {
            const verdict = signal?.aborted ? false : classify(error);
            if (verdict === false)
                throw error;
            failures = verdict.progressed ? 1 : verdict.paused ? failures : failures + 1;
            if (failures >= attempts)
                throw error;
            const delayMs = Math.max((0,_backoff_js__WEBPACK_IMPORTED_MODULE_0__/* .backoffDelay */ .E)(Math.max(failures, 1), options.random ?? Math.random, options.backoff ?? _backoff_js__WEBPACK_IMPORTED_MODULE_0__/* .DEFAULT_BACKOFF */ .V), Math.min(verdict.afterMs ?? 0, options.retryAfterCapMs ?? 60_000));
            options.onRetry?.(error, delayMs, failures + 1);
            await clock.sleep(delayMs, signal);
        }
    }
}


/***/ })

};

//# sourceMappingURL=432.index.js.map