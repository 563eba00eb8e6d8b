export const id = 305;
export const ids = [305,372];
export const modules = {

/***/ 51595:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  StudioClient: () => (/* binding */ StudioClient)
});

// EXTERNAL MODULE: ./src/shared/errors.ts
var errors = __webpack_require__(58382);
// EXTERNAL MODULE: ./src/shared/redact.ts
var redact = __webpack_require__(48932);
// EXTERNAL MODULE: ./src/aistudios/exact-json.ts
var exact_json = __webpack_require__(55245);
;// CONCATENATED MODULE: ./src/aistudios/known-fields.ts

/** The fields of `value` that `known` does not list, depth first; not an object: none. */
function unknownFields(value, known, prefix = '') {
    if (!isRecord(value))
        return [];
    return Object.entries(value).flatMap(([field, inner]) => {
        const path = `${prefix}${field}`;
        const spec = Object.hasOwn(known, field) ? known[field] : undefined;
        if (spec === undefined)
            return [{ path, value: inner }];
        return spec === true ? [] : unknownFields(inner, spec, `${path}.`);
    });
}
const SHOWN_CHARS = 500;
/** Where a user reports what AI Studios sends that this action does not know. */
const ISSUES_URL = 'https://github.com/aistudios-render/aistudios-render/issues';
/**
 * Fields nobody told us about, each told once a run (not once a poll), verbatim but redacted by the caller,
 * so that a user can report them. An answer whose values may be secrets (a token) has its fields named only.
 */
class UnknownFieldLog {
    told = new Set();
    /** The line to log for the fields of this answer not told yet, or undefined. */
    line(answer, raw, known, secret = false) {
        const fresh = unknownFields(raw, known).filter(({ path }) => !this.told.has(`${answer}:${path}`));
        if (fresh.length === 0)
            return undefined;
        for (const { path } of fresh)
            this.told.add(`${answer}:${path}`);
        const names = fresh.map(({ path }) => path).join(', ');
        const shown = secret
            ? 'their values are not shown, as they may be secrets'
            : (0,exact_json/* writeJson */.GF)(Object.fromEntries(fresh.map(({ path, value }) => [path, value]))).slice(0, SHOWN_CHARS);
        return `AI Studios sent a ${answer} with fields this action does not know (${names}); please report them at ${ISSUES_URL}: ${shown}`;
    }
}
function isRecord(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}

// EXTERNAL MODULE: ./src/aistudios/transport.ts + 5 modules
var transport = __webpack_require__(96333);
// EXTERNAL MODULE: ./src/aistudios/schema.ts
var schema = __webpack_require__(49442);
;// CONCATENATED MODULE: ./src/aistudios/client.ts





const V3 = 'api/odin/v3';
/** The AI Studios v3 endpoints the action uses. */
class StudioClient {
    options;
    transport;
    redactor;
    unknownFields = new UnknownFieldLog();
    token;
    constructor(options) {
        this.options = options;
        this.redactor = options.redactor ?? new redact/* Redactor */.p();
        const credentials = options.credentials;
        if ('apiKey' in credentials)
            this.redactor.add(credentials.apiKey);
        else
            this.redactor.add(credentials.userKey);
        this.transport = new transport/* Transport */.o({
            apiUrl: options.apiUrl,
            signal: options.signal,
            requestTimeoutMs: options.requestTimeoutMs,
            clock: options.clock,
            redactor: this.redactor,
            dispatcher: options.dispatcher,
            ...(options.reporter?.debug
                ? { onExchange: options.reporter.debug.bind(options.reporter) }
                : {}),
            // A cleanup's retries are no news: the video is delivered, and its final failure warns once.
            onRetry: (line, budget) => budget === 'cleanup' ? options.reporter?.log(line) : options.reporter?.warn(line)
        });
    }
    async getProject(projectId) {
        const data = await this.authorized('read', 'get', `${V3}/editor/project/${encodeURIComponent(projectId)}`, schema/* PROJECT_ANSWER */.tI);
        return data.project;
    }
    /** Sends the one request that spends credits; returns the id of the project being rendered. */
    async startExport(request) {
        const data = await this.authorized('spend', 'post', `${V3}/${request.path}`, schema/* EXPORT_ANSWER */.sq, request.body);
        // For route C the official samples poll the id they sent, so the answer's id is probably the same.
        return data.projectId;
    }
    /**
     * One progress check, never retried here: the wait loop is the retry layer for polls. An answer it cannot
     * read is a `StudioError` of kind `unreadable`, which the wait loop tells apart from a failed render.
     */
    async progress(projectId) {
        return this.authorized('poll', 'get', `${V3}/editor/progress/${encodeURIComponent(projectId)}`, schema/* PROGRESS_ANSWER */.Lt);
    }
    /**
     * Deletes projects from the account; returns how many AI Studios says it deleted (0 when they were gone
     * already, e.g. after a retry whose first answer was lost).
     */
    async deleteProjects(ids) {
        const data = await this.authorized('cleanup', 'delete', `${V3}/editor/project`, schema/* DELETE_ANSWER */.RW, {
            ids
        });
        return data.deletedCount;
    }
    /** Every answer is read here: parsed with its schema, and its unknown fields told once a run. */
    async read(answer, budget, method, path, init) {
        const { value, raw } = await this.transport.call(budget, method, path, answer.schema, init);
        const line = this.unknownFields.line(answer.name, raw, answer.known, answer.secret);
        const reporter = this.options.reporter;
        if (line && reporter?.notice)
            reporter.notice(this.redactor.redact(line));
        else if (line)
            reporter?.log(this.redactor.redact(line));
        return value;
    }
    /**
     * A call with the Authorization header. A minted token can expire mid-run (it lives 24 h, a job can start
     * near its end): a 401 to a minted token is one step, a fresh token and the call once more, not a retry
     * (the transport owns those). Calls that met the same expired token share the one new token. A fixed
     * `api-key` that is refused is the user's to fix.
     */
    async authorized(budget, method, path, answer, json) {
        const credentials = this.options.credentials;
        const call = (authorization) => this.read(answer, budget, method, path, { authorization, json });
        if ('apiKey' in credentials)
            return call(credentials.apiKey).catch((error) => {
                throw isUnauthorized(error)
                    ? new errors/* ActionError */.l(`AI Studios rejected the \`api-key\` (HTTP 401): check that \`api-key\` holds a valid key (sent raw, without "Bearer"), or use \`app-id\` and \`user-key\` instead.`, { input: 'api-key' })
                    : error;
            });
        const used = (this.token ??= this.mintToken(credentials));
        try {
            return await call(await used);
        }
        catch (error) {
            if (!isUnauthorized(error))
                throw error;
        }
        if (this.token === used)
            this.token = undefined;
        return call(await (this.token ??= this.mintToken(credentials))).catch((error) => {
            throw isUnauthorized(error)
                ? new errors/* ActionError */.l(`AI Studios rejected a freshly minted token (HTTP 401): ${error.message}`, { input: 'user-key' })
                : error;
        });
    }
    async mintToken(credentials) {
        try {
            // Minting a token spends nothing, so it is retried like a read.
            const { token } = await this.read(schema/* TOKEN_ANSWER */.rJ, 'read', 'post', `${V3}/auth/token`, {
                json: { appId: credentials.appId, userKey: credentials.userKey }
            });
            this.redactor.add(token);
            this.options.onSecret(token);
            return token;
        }
        catch (error) {
            this.token = undefined;
            if (error instanceof transport/* StudioError */.b && (error.status === 401 || error.status === 403)) {
                throw new errors/* ActionError */.l(`AI Studios refused to mint a token for \`app-id\` and \`user-key\` (HTTP ${error.status}): check both (the user key is shown once at https://account.aistudios.com/user/api-key).`, { input: 'user-key' });
            }
            throw error;
        }
    }
}
function isUnauthorized(error) {
    return error instanceof transport/* StudioError */.b && error.status === 401;
}


/***/ }),

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
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(38816);
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

/***/ 51305:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runCommand: () => (/* binding */ runCommand)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
var promises_default = /*#__PURE__*/__webpack_require__.n(promises_);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/aistudios/client.ts + 1 modules
var client = __webpack_require__(51595);
// EXTERNAL MODULE: ./src/shared/errors.ts
var shared_errors = __webpack_require__(58382);
;// CONCATENATED MODULE: ./src/patch/fail.ts

/**
 * A mistake in the patch (or a file it reads), located. The message starts with the place too, because the
 * log and the job summary show the message without the annotation's file and line.
 */
function failAt(at, message) {
    const place = at.line === undefined ? at.file : `${at.file} line ${at.line}, column ${at.column ?? 1}`;
    return new shared_errors/* ActionError */.l(`${place}: ${message}`, { location: at });
}
/** `text`'s 1-based line and column at `offset`. */
function lineColumn(text, offset) {
    const lines = text.slice(0, offset).split('\n');
    return { line: lines.length, column: (lines.at(-1) ?? '').length + 1 };
}

// EXTERNAL MODULE: ./src/shared/json.ts
var json = __webpack_require__(78451);
;// CONCATENATED MODULE: ./src/patch/pointer.ts
/** JSON Pointers (RFC 6901): building them from keys, reading them back, and looking values up. */
function toPointer(segments) {
    return segments
        .map(segment => `/${String(segment).replace(/~/g, '~0').replace(/\//g, '~1')}`)
        .join('');
}
function fromPointer(pointer) {
    if (pointer === '')
        return [];
    return pointer
        .slice(1)
        .split('/')
        .map(segment => segment.replace(/~1/g, '/').replace(/~0/g, '~'));
}
function lookup(document, pointer) {
    let value = document;
    for (const [depth, segment] of fromPointer(pointer).entries()) {
        const child = childOf(value, segment);
        if (!child.found)
            return { found: false, depth, container: value };
        value = child.value;
    }
    return { found: true, value };
}
function childOf(container, segment) {
    if (Array.isArray(container))
        return /^(0|[1-9]\d*)$/.test(segment) && Number(segment) < container.length
            ? { found: true, value: container[Number(segment)] }
            : { found: false };
    if (typeof container === 'object' && container !== null && Object.hasOwn(container, segment))
        return { found: true, value: Reflect.get(container, segment) };
    return { found: false };
}

;// CONCATENATED MODULE: ./src/patch/speech.ts



/**
 * Where the speech of `avatar` (a clip index, or undefined for a scene without avatar) lives
 * (docs/aistudios-api.md, "Scenes"): `scene.scripts[k].org` in current projects, and the avatar clip's `script.org` in older ones. Both
 * are returned when both exist, so they stay in agreement.
 */
function speechSlots(scene, sceneIndex, avatar, script) {
    const slots = [];
    const entries = scene.scripts ?? [];
    const clip = avatar === undefined ? undefined : scene.clips[avatar];
    if (entries.length) {
        const k = scriptEntry(scene, sceneIndex, clip, script);
        slots.push({
            pointer: toPointer(['scenes', sceneIndex, 'scripts', k, 'org']),
            exists: Object.hasOwn(entries[k], 'org'),
            before: entries[k].org ?? null
        });
    }
    const clipScript = (0,json/* isRecord */.u)(clip?.script) ? clip.script : undefined;
    if (avatar !== undefined &&
        clipScript &&
        (typeof clipScript.org === 'string' || clipScript.org === null))
        slots.push({
            pointer: toPointer(['scenes', sceneIndex, 'clips', avatar, 'script', 'org']),
            exists: true,
            before: clipScript.org
        });
    if (!slots.length)
        throw failAt(script.at, `${script.where}: scene ${sceneIndex} has no speech to edit: it has no \`scripts\` entries and no avatar clip with \`script.org\``);
    return slots;
}
/**
 * The `scripts` entry of an avatar: the one whose modelId (and clothId, to break a tie) is the avatar's model,
 * else the only entry of a scene with at most one avatar (the docs say scenes hold one). Entries are never
 * paired with avatars by position: a wrong guess would put words in the wrong mouth.
 */
function scriptEntry(scene, sceneIndex, clip, script) {
    const entries = scene.scripts ?? [];
    const model = (0,json/* isRecord */.u)(clip?.model) ? clip.model : undefined;
    const aiName = typeof model?.ai_name === 'string' ? model.ai_name : undefined;
    const fix = `change it with a raw op under \`ops\` (path /scenes/${sceneIndex}/scripts/<k>/org)`;
    if (aiName) {
        let matches = entries.flatMap((entry, k) => (entry.modelId === aiName ? [k] : []));
        if (matches.length > 1 && typeof model?.emotion === 'string')
            matches = matches.filter(k => entries[k].clothId === model.emotion);
        if (matches.length === 1)
            return matches[0];
        if (matches.length > 1)
            throw failAt(script.at, `${script.where}: scene ${sceneIndex} has ${matches.length} scripts entries for avatar model ${aiName} (entries ${matches.join(', ')}): ${fix}`);
    }
    const avatars = scene.clips.filter(each => each.type === 'aiModel').length;
    if (entries.length === 1 && avatars <= 1)
        return 0;
    const modelIds = entries.map(entry => entry.modelId ?? 'none').join(', ');
    throw failAt(script.at, `${script.where}: cannot tell which of scene ${sceneIndex}'s ${entries.length} scripts entries (modelIds ${modelIds}) belongs to ${clip ? `avatar ${clip.id} (model ${aiName ?? 'unknown'})` : 'this script'}: ${fix}`);
}

;// CONCATENATED MODULE: ./src/outline/outline.ts

/*
 * The project as a patch author needs it: per scene its speech (per avatar) and its clips with the ids,
 * tags and fields a patch selects and sets. Pure.
 */
/** The clip fields a patch usually sets. */
const EDITABLE_FIELDS = ['text', 'source_url', 'video_url'];
const NO_TAGS_HINT = 'This project has no tags yet. To tag a clip, open the project in the AI Studios editor, select the clip and ' +
    "set its tag in the clip's properties; a patch then finds it by { tag: … } however the scenes move. " +
    'Meanwhile select clips by id ({ id: … }) or by type ({ type: textImage, nth: 0 }).';
function projectOutline(project) {
    const scenes = project.scenes.map((scene, index) => ({
        index,
        scripts: sceneScripts(scene, index),
        clips: scene.clips.map(outlineClip)
    }));
    return {
        name: project.name,
        scenes,
        tagged: scenes.some(scene => scene.clips.some(clip => clip.tag))
    };
}
function outlineClip(clip, index) {
    const fields = {};
    for (const field of EDITABLE_FIELDS)
        if (typeof clip[field] === 'string')
            fields[field] = clip[field];
    return { index, id: clip.id, type: clip.type, ...(clip.tag ? { tag: clip.tag } : {}), fields };
}
/** One entry per avatar (or one for a scene without avatar but with `scripts`), read where the engine writes. */
function sceneScripts(scene, sceneIndex) {
    const avatars = scene.clips.flatMap((clip, index) => (clip.type === 'aiModel' ? [index] : []));
    const speakers = avatars.length ? avatars : [undefined];
    return speakers.flatMap(avatar => {
        const clip = avatar === undefined ? undefined : scene.clips[avatar];
        const who = avatar === undefined || !clip
            ? {}
            : { avatar: { index: avatar, id: clip.id, ...(clip.tag ? { tag: clip.tag } : {}) } };
        try {
            const [slot] = speechSlots(scene, sceneIndex, avatar, {
                where: 'outline',
                at: { file: 'outline' }
            });
            return [{ ...who, text: slot.before }];
        }
        catch {
            // No speech stored for this speaker (or no way to tell which entry is theirs).
            return avatar === undefined ? [] : [{ ...who, text: null }];
        }
    });
}
const label = (clip) => clip.tag ? `${clip.tag} (${clip.id})` : clip.id;
/** Lines for a log or a terminal. */
function outlineLines(outline) {
    const lines = [`Project "${outline.name}": ${outline.scenes.length} scene(s).`];
    for (const scene of outline.scenes) {
        lines.push(`Scene ${scene.index}:`);
        for (const script of scene.scripts) {
            const who = script.avatar ? ` of ${label(script.avatar)}` : '';
            if (script.text === null)
                lines.push(`  script${who}: (none)`);
            else {
                lines.push(`  script${who}:`);
                for (const line of script.text.split('\n'))
                    lines.push(`    | ${line}`);
            }
        }
        for (const clip of scene.clips) {
            const fields = Object.entries(clip.fields).map(([key, value]) => `${key}: ${JSON.stringify(value)}`);
            lines.push(`  clip ${clip.index} ${clip.type} tag: ${clip.tag ?? '-'} id: ${clip.id}${fields.length ? ` ${fields.join(' ')}` : ''}`);
        }
    }
    if (!outline.tagged)
        lines.push(NO_TAGS_HINT);
    return lines;
}
/** A header row and one row per script and clip. Cells are plain text: whoever renders them escapes them. */
function outlineTable(outline) {
    const rows = [['Scene', 'Clip', 'Type', 'Tag', 'Id', 'Script or fields']];
    for (const scene of outline.scenes) {
        for (const script of scene.scripts)
            rows.push([
                String(scene.index),
                script.avatar ? String(script.avatar.index) : '',
                'script',
                script.avatar?.tag ?? '',
                script.avatar?.id ?? '',
                script.text ?? ''
            ]);
        for (const clip of scene.clips)
            rows.push([
                String(scene.index),
                String(clip.index),
                clip.type,
                clip.tag ?? '',
                clip.id,
                Object.entries(clip.fields)
                    .map(([key, value]) => `${key}: ${value}`)
                    .join('\n')
            ]);
    }
    return rows;
}

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(38815);
;// CONCATENATED MODULE: ./src/patch/json.ts
/**
 * A project value as a JSON value. Projects are parsed from JSON answers, so this only fails on a bug; it
 * exists so that nothing downstream has to trust an unchecked cast.
 */
function asJson(value) {
    if (value === null || typeof value === 'string' || typeof value === 'boolean')
        return value;
    if (typeof value === 'number' && Number.isFinite(value))
        return value;
    if (Array.isArray(value))
        return value.map(asJson);
    if (typeof value === 'object')
        return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, asJson(item)]));
    throw new TypeError(`Not a JSON value: ${String(value)}`);
}
function jsonKind(value) {
    if (value === null)
        return 'null';
    if (Array.isArray(value))
        return 'a list';
    switch (typeof value) {
        case 'object':
            return 'a map';
        case 'string':
            return 'text';
        case 'number':
            return 'a number';
        default:
            return 'true or false';
    }
}
/** A value as one line of text for messages and the plan. */
const show = (value) => value === undefined ? '(absent)' : JSON.stringify(value);
/** A value as the author wrote it, for messages: `text "abc"`, `the number 42`, `a map`. */
function describeValue(value) {
    if (value === null || value === undefined)
        return 'empty';
    if (typeof value === 'string')
        return `text ${JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value)}`;
    if (Array.isArray(value))
        return 'a list';
    if (typeof value === 'object')
        return 'a map';
    return `${typeof value === 'number' ? 'the number ' : ''}${String(value)}`;
}

;// CONCATENATED MODULE: ./src/patch/fields.ts

/*
 * Checks on `set` that need the clip. Any field the clip has may be set (keeping its kind of value); a field
 * it lacks only if AI Studios documents it for that clip type (docs/aistudios-api.md, Clips), so that a misspelt
 * field fails here instead of being ignored by the renderer.
 */
const COMMON = [
    'layer',
    'left',
    'top',
    'width',
    'height',
    'scaleX',
    'scaleY',
    'angle',
    'opacity',
    'tag',
    'name',
    'fill'
];
const DOCUMENTED = {
    aiModel: ['model', 'effects', 'headOnly', 'voiceOnly', 'isDelete'],
    shape: ['shapeName', 'stroke', 'strokeWidth', 'strokeRadius', 'shadow', 'animation'],
    image: ['source_url', 'animation'],
    textImage: [
        'text',
        'fontSize',
        'fontFamily',
        'align',
        'fontWeight',
        'fontStyle',
        'underline',
        'backgroundColor',
        'stroke',
        'strokeWidth',
        'shadow',
        'animation'
    ],
    videoImage: ['video_url', 'source_url', 'volume'],
    audio: ['source_url', 'volume', 'label']
};
const URL_FIELDS = new Set(['source_url', 'video_url']);
function fieldProblem(clip, field, value) {
    if (field === 'script')
        return {
            part: 'key',
            message: "set the avatar's speech with `script:` on the scene entry, which also updates the scene's `scripts`"
        };
    if (URL_FIELDS.has(field) && !isHttps(value))
        return {
            part: 'value',
            message: `must be a public https:// URL (AI Studios downloads it when it renders), not ${describeValue(value)}`
        };
    if (Object.hasOwn(clip, field)) {
        const before = asJson(clip[field]);
        if (before === null || jsonKind(before) === jsonKind(value))
            return undefined;
        return {
            part: 'value',
            message: `must be ${jsonKind(before)}, like the clip's current value ${show(before)}, not ${describeValue(value)}`
        };
    }
    const documented = [...(DOCUMENTED[clip.type] ?? []), ...COMMON];
    if (documented.includes(field))
        return undefined;
    return {
        part: 'key',
        message: `clip ${clip.id} has no field '${field}': set one it has, or one AI Studios documents for ${clip.type} clips: ${documented.join(', ')}`
    };
}
function isHttps(value) {
    if (typeof value !== 'string')
        return false;
    try {
        return new URL(value).protocol === 'https:';
    }
    catch {
        return false;
    }
}

;// CONCATENATED MODULE: ./src/outline/starter.ts



const SCHEMA_URL = 'https://raw.githubusercontent.com/aistudios-render/aistudios-render/main/schema/patch.schema.json';
/**
 * A scene-edit patch that sets every scene's speech and every tagged clip's editable fields to what they are
 * now: as written it changes nothing, so a user edits only what should change. Texts are escaped so that a
 * `{{` in the project stays a literal `{{` (the engine would read it as a placeholder).
 */
function starterPatch(project, projectId) {
    const outline = projectOutline(project);
    const scenes = [];
    for (const scene of outline.scenes) {
        const source = project.scenes[scene.index];
        const sceneRef = sceneSelector(project, scene.index);
        const clips = scene.clips
            .filter(clip => clip.tag)
            .flatMap(clip => clipEdit(source.clips[clip.index], clip, source.clips));
        const spoken = scene.scripts.filter(script => script.text !== null);
        const several = spoken.length > 1 || scene.scripts.length > 1;
        spoken.forEach((script, n) => scenes.push({
            scene: sceneRef,
            ...(several && script.avatar ? { avatar: avatarRef(script.avatar, source.clips) } : {}),
            script: starter_escape(script.text ?? ''),
            ...(n === 0 && clips.length ? { clips } : {})
        }));
        if (!spoken.length && clips.length)
            scenes.push({ scene: sceneRef, clips });
    }
    const doc = new dist/* Document */.yo(scenes.length ? { scenes } : { name: starter_escape(project.name) });
    for (const node of flowNodes(doc.contents))
        node.flow = true;
    const header = [
        `# yaml-language-server: $schema=${SCHEMA_URL}`,
        '#',
        `# Starter patch for '${project.name.replace(/\n/g, ' ')}' (${projectId}): as written it changes nothing.`,
        '# Edit the values that should change and delete the entries that should not.',
        ...(outline.tagged ? [] : ['#', `# ${NO_TAGS_HINT}`])
    ];
    return `${header.join('\n')}\n${doc.toString({ blockQuote: 'literal', lineWidth: 0 })}`;
}
/** `{ tag }` of a clip only this scene holds, else the index. */
function sceneSelector(project, index) {
    for (const clip of project.scenes[index].clips) {
        const tag = clip.tag;
        if (tag && project.scenes.filter(scene => scene.clips.some(c => c.tag === tag)).length === 1)
            return { tag };
    }
    return index;
}
function clipRef(clip, clips) {
    const tag = clip.tag;
    return tag && clips.filter(c => c.tag === tag).length === 1 ? { tag } : { id: clip.id };
}
const avatarRef = clipRef;
function clipEdit(clip, outlined, clips) {
    const set = {};
    for (const field of EDITABLE_FIELDS) {
        const value = outlined.fields[field];
        // A field the engine would refuse as it is (e.g. a non-https URL) is left out, not written to fail.
        if (value !== undefined && !fieldProblem(clip, field, value))
            set[field] = starter_escape(value);
    }
    return Object.keys(set).length ? [{ select: clipRef(outlined, clips), set }] : [];
}
/** `{{ '{{' }}` writes a literal `{{`. */
function starter_escape(text) {
    return text.replaceAll('{{', "{{ '{{' }}");
}
/** The selector maps, written `{ tag: title }` on one line. */
function flowNodes(node) {
    if (!(node instanceof Object) || !('items' in node))
        return [];
    const found = [];
    for (const item of node.items) {
        const pair = item;
        const key = pair.key?.value;
        if ((key === 'scene' || key === 'select' || key === 'avatar') && pair.value instanceof dist/* YAMLMap */.CA)
            found.push(pair.value);
        found.push(...flowNodes(pair.value ?? item));
    }
    return found;
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: ./src/shared/format.ts
var format = __webpack_require__(36338);
;// CONCATENATED MODULE: ./src/shared/workspace-files.ts





/** Why a file could not be used, in words that complete "<file> …". */
class FileProblem extends Error {
    constructor(message) {
        super(message);
        this.name = 'FileProblem';
    }
}
/** A path as messages show it: relative to the workspace, with forward slashes; as given when outside it. */
function displayPath(workspace, file) {
    return isInside(workspace, file) ? external_node_path_default().relative(workspace, file).split((external_node_path_default()).sep).join('/') : file;
}
function isInside(dir, file) {
    const relative = external_node_path_default().relative(dir, file);
    return (relative !== '' &&
        relative !== '..' &&
        !relative.startsWith(`..${(external_node_path_default()).sep}`) &&
        !external_node_path_default().isAbsolute(relative));
}
/**
 * The real path of `file`, which may not exist yet: the deepest existing ancestor is resolved (every
 * symlinked folder on the way, and the file itself when it exists) and the missing rest appended.
 */
async function realPathOf(file) {
    const missing = [];
    let candidate = external_node_path_default().resolve(file);
    for (;;) {
        try {
            return external_node_path_default().join(await (0,promises_.realpath)(candidate), ...missing.reverse());
        }
        catch (error) {
            const parent = external_node_path_default().dirname(candidate);
            if (codeOf(error) !== 'ENOENT' || parent === candidate)
                throw new FileProblem(describe(error));
            missing.push(external_node_path_default().basename(candidate));
            candidate = parent;
        }
    }
}
/** The real path of a file the user named, refused unless it is inside the workspace's real path. */
async function realPathInside(workspace, file) {
    const real = await realPathOf(external_node_path_default().resolve(workspace, file));
    const realWorkspace = await realPathOf(workspace);
    if (!isInside(realWorkspace, real)) {
        throw new FileProblem(real === external_node_path_default().resolve(workspace, file)
            ? 'is outside the workspace: use a path inside the repository'
            : 'resolves (through a symlink) to a place outside the workspace: use a path inside the repository');
    }
    return real;
}
/**
 * Reads a regular file of at most `maxBytes`. Opened without blocking (a FIFO cannot hold the run), then
 * checked on the handle itself, so the file that is read is the file that was checked.
 */
async function readRegularFile(file, maxBytes) {
    const handle = await (0,promises_.open)(file, external_node_fs_.constants.O_RDONLY | external_node_fs_.constants.O_NONBLOCK).catch((error) => {
        throw new FileProblem(describe(error));
    });
    try {
        const info = await handle.stat();
        if (info.isDirectory())
            throw new FileProblem('is a directory, not a file');
        if (!info.isFile())
            throw new FileProblem(NOT_A_FILE);
        if (info.size > maxBytes) {
            throw new FileProblem(`is ${(0,format/* formatSize */.X)(info.size)}: it may be at most ${(0,format/* formatSize */.X)(maxBytes)}`);
        }
        const bytes = await handle.readFile();
        if (bytes.length > maxBytes)
            throw new FileProblem(`grew past ${(0,format/* formatSize */.X)(maxBytes)} while it was read`);
        return bytes;
    }
    finally {
        await handle.close();
    }
}
/** `resolveInWorkspace` with the error told as an `ActionError` about `what`. */
async function resolveInWorkspace(workspace, userPath, what) {
    return asActionError(what, userPath, () => realPathInside(workspace, userPath));
}
/**
 * Where the video will be written, checked before anything is spent: inside the workspace by its real
 * path, and not an existing directory (which would only fail after the render).
 */
async function checkOutputPath(workspace, dest) {
    const what = { name: 'Input `output-path`', details: { input: 'output-path' } };
    const real = await resolveInWorkspace(workspace, dest, what);
    const info = await (0,promises_.stat)(real).catch(() => undefined);
    if (info?.isDirectory()) {
        const shown = displayPath(workspace, external_node_path_default().resolve(workspace, dest));
        throw new shared_errors/* ActionError */.l(`${what.name} ${shown} is an existing directory: name the file, e.g. ${shown}/video.mp4`, what.details);
    }
    return real;
}
/**
 * Removes the temporary files (`.<name>.<hex>.part`) that a killed earlier run left beside `dest`:
 * each run downloads into a fresh one, so no one else will ever finish them.
 */
async function removeStaleParts(dest) {
    const dir = external_node_path_default().dirname(dest);
    const prefix = `.${external_node_path_default().basename(dest)}.`;
    const names = await (0,promises_.readdir)(dir).catch(() => []);
    const stale = names.filter(name => name.startsWith(prefix) && /^[0-9a-f]+\.part$/.test(name.slice(prefix.length)));
    const removed = [];
    for (const name of stale) {
        const file = external_node_path_default().join(dir, name);
        const info = await (0,promises_.lstat)(file).catch(() => undefined);
        if (!info?.isFile())
            continue;
        await (0,promises_.rm)(file, { force: true });
        removed.push(file);
    }
    return removed;
}
async function asActionError(what, file, work) {
    try {
        return await work();
    }
    catch (error) {
        if (error instanceof FileProblem)
            throw new shared_errors/* ActionError */.l(`${what.name} ${file} ${error.message}`, what.details);
        throw error;
    }
}
const NOT_A_FILE = 'is not a regular file (a pipe, socket or device): point it at a file';
function codeOf(error) {
    return typeof error === 'object' && error !== null && 'code' in error ? error.code : undefined;
}
function describe(error) {
    const code = codeOf(error);
    if (code === 'ENOENT')
        return 'does not exist: check the path, and that the file is committed';
    if (code === 'EISDIR')
        return 'is a directory, not a file';
    if (code === 'EACCES')
        return 'cannot be read: permission denied';
    // Opening a socket fails before the handle could be checked.
    if (code === 'ENXIO' || code === 'ENODEV')
        return NOT_A_FILE;
    if (code === 'ELOOP')
        return 'is a symlink loop: point it at a file';
    return `cannot be read: ${error instanceof Error ? error.message : String(error)}`;
}

;// CONCATENATED MODULE: ./src/patch/files.ts






/**
 * A file named by an input (the patch, the manifest), read as text; a problem with the file itself is an error
 * located at it, e.g. "videos.yaml: the manifest file is not a regular file".
 */
async function readNamedFile(files, workspace, file, what) {
    const absolute = external_node_path_default().resolve(workspace, file);
    const shown = displayPath(workspace, absolute);
    try {
        return { absolute, shown, text: await readText(files, absolute, workspace) };
    }
    catch (error) {
        if (error instanceof FileProblem)
            throw failAt({ file: shown }, `${what} ${error.message}`);
        throw error;
    }
}
/** A UTF-8 text file (a byte-order mark is dropped), inside the workspace once symlinks are resolved. */
async function readText(files, file, workspace) {
    const real = await realInside(files, workspace, file);
    return decodeUtf8(await attempt(() => files.readFile(real)));
}
/**
 * A script file named in the patch: relative to the patch file, and inside the workspace both as written
 * (no `..` out of it) and once symlinks are resolved.
 */
async function readScriptFile(files, { workspace, patchDir, name }) {
    if (external_node_path_default().isAbsolute(name))
        throw new FileProblem('is an absolute path: write it relative to the patch file');
    const file = external_node_path_default().resolve(patchDir, name);
    if (!isInside(workspace, file))
        throw new FileProblem('is outside the workspace: keep scripts in the repository');
    const real = await realInside(files, workspace, file);
    return { file, text: decodeUtf8(await attempt(() => files.readFile(real))) };
}
/** Nothing outside the workspace is opened: a symlink (to the file or a folder on the way) is followed first. */
async function realInside(files, workspace, file) {
    const real = await attempt(() => files.realpath(file));
    const realWorkspace = await attempt(() => files.realpath(workspace));
    if (!isInside(realWorkspace, real))
        throw new FileProblem('resolves (through a symlink) to a place outside the workspace: keep it in the repository');
    return real;
}
const utf8 = new TextDecoder('utf-8', { fatal: true });
/** A patch or a script is hand-written text: anything larger is a mistake (a video, an export). */
const MAX_TEXT_BYTES = 1024 * 1024;
function decodeUtf8(bytes) {
    if (bytes.length > MAX_TEXT_BYTES) {
        throw new FileProblem(`is ${(0,format/* formatSize */.X)(bytes.length)}: a patch or script file may be at most ${(0,format/* formatSize */.X)(MAX_TEXT_BYTES)} of text`);
    }
    if (bytes.includes(0))
        throw new FileProblem('is a binary file, not text: point it at a YAML, JSON or text file');
    try {
        return utf8.decode(bytes);
    }
    catch {
        throw new FileProblem('is not valid UTF-8 text: save it with the UTF-8 encoding');
    }
}
async function attempt(work) {
    try {
        return await work();
    }
    catch (error) {
        if (error instanceof FileProblem)
            throw error;
        throw new FileProblem(describe(error));
    }
}

;// CONCATENATED MODULE: ./src/patch/forbidden.ts
/*
 * Keys that reach an object's prototype. A patch never needs them, and a value holding one could pollute
 * objects of the action itself once merged, so they are refused anywhere: map keys, op paths, op values.
 */
const FORBIDDEN = new Set(['__proto__', 'constructor', 'prototype']);
const isForbiddenKey = (key) => FORBIDDEN.has(key);
const refusal = (key) => `'${key}' is refused in a patch, as it reaches JavaScript prototypes: remove it`;
/** The path of the first forbidden map key in a parsed value, or undefined. */
function findForbiddenKey(value, path = []) {
    if (Array.isArray(value)) {
        for (const [index, item] of value.entries()) {
            const found = findForbiddenKey(item, [...path, index]);
            if (found)
                return found;
        }
    }
    else if (typeof value === 'object' && value !== null) {
        for (const [key, item] of Object.entries(value)) {
            if (isForbiddenKey(key))
                return [...path, key];
            const found = findForbiddenKey(item, [...path, key]);
            if (found)
                return found;
        }
    }
    return undefined;
}

;// CONCATENATED MODULE: ./src/patch/node-files.ts



/**
 * The file system as the engine reads it in a run: only regular files, never more than a text file may
 * hold, so a FIFO or a device is refused instead of hanging the run.
 */
const nodeFiles = {
    realpath: promises_.realpath,
    readFile: file => readRegularFile(file, MAX_TEXT_BYTES)
};

;// CONCATENATED MODULE: ./src/patch/json-syntax.ts
/**
 * The first place where `text` breaks strict JSON (RFC 8259), or undefined when it is valid JSON.
 *
 * The YAML parser reads JSON too, but it accepts what JSON does not (comments, trailing commas, single
 * quotes) and words its errors in YAML terms; and `JSON.parse` gives no position in most of its messages
 * (V8: `Unexpected token 'x', "…" is not valid JSON`). Hence this small scanner, which only checks syntax.
 */
function jsonSyntaxError(text) {
    try {
        new Scanner(text).document();
        return undefined;
    }
    catch (error) {
        if (error instanceof JsonSyntaxProblem)
            return { offset: error.offset, message: error.message };
        throw error;
    }
}
class JsonSyntaxProblem extends Error {
    offset;
    constructor(message, offset) {
        super(message);
        this.offset = offset;
    }
}
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const LITERAL = /true|false|null/y;
const ESCAPE = /\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4})/y;
class Scanner {
    text;
    i = 0;
    constructor(text) {
        this.text = text;
    }
    document() {
        this.space();
        this.value();
        this.space();
        if (this.i < this.text.length)
            this.fail(`unexpected ${this.found()} after the end of the JSON value`);
    }
    value() {
        const c = this.text[this.i];
        if (c === '{')
            return this.container('}', () => this.member());
        if (c === '[')
            return this.container(']', () => this.value());
        if (c === '"')
            return this.string();
        if (c === '-' || (c >= '0' && c <= '9'))
            return this.sticky(NUMBER, 'invalid number');
        if (c === 't' || c === 'f' || c === 'n')
            return this.sticky(LITERAL, `expected a value, found ${this.found()}`);
        this.fail(`expected a value, found ${this.found()}`);
    }
    /** `{ member, … }` or `[ value, … ]`. */
    container(close, item) {
        this.i++;
        this.space();
        if (this.text[this.i] === close) {
            this.i++;
            return;
        }
        for (;;) {
            item();
            this.space();
            const c = this.text[this.i];
            if (c === close) {
                this.i++;
                return;
            }
            if (c !== ',')
                this.fail(`expected ',' or '${close}', found ${this.found()}`);
            this.i++;
            this.space();
            const next = this.text[this.i];
            if (next === '}' || next === ']')
                this.fail(`trailing comma before '${next}': JSON allows none`);
        }
    }
    member() {
        if (this.text[this.i] !== '"')
            this.fail(`expected a property name in double quotes, found ${this.found()}`);
        this.string();
        this.space();
        if (this.text[this.i] !== ':')
            this.fail(`expected ':' after the property name, found ${this.found()}`);
        this.i++;
        this.space();
        this.value();
    }
    string() {
        const start = this.i;
        this.i++;
        for (;;) {
            const c = this.text[this.i];
            if (c === undefined) {
                this.i = start;
                this.fail('this string has no closing "');
            }
            if (c === '"') {
                this.i++;
                return;
            }
            if (c === '\\')
                this.sticky(ESCAPE, 'invalid escape: use \\" \\\\ \\/ \\b \\f \\n \\r \\t or \\uXXXX');
            else if (c < ' ')
                this.fail('a line break or control character inside a string: write it as \\n or \\t');
            else
                this.i++;
        }
    }
    sticky(pattern, message) {
        pattern.lastIndex = this.i;
        if (!pattern.test(this.text))
            this.fail(message);
        this.i = pattern.lastIndex;
    }
    space() {
        while (' \t\n\r'.includes(this.text[this.i] ?? 'x'))
            this.i++;
    }
    found() {
        const c = this.text[this.i];
        if (c === undefined)
            return 'the end of the file';
        if (c === '/' || c === '#')
            return `'${c}' (JSON has no comments: write the patch in YAML to use # comments)`;
        return `'${c}'`;
    }
    fail(message) {
        // A file that ends too early is reported where its text ends, not on the empty last line.
        const offset = this.i < this.text.length ? this.i : this.text.trimEnd().length;
        throw new JsonSyntaxProblem(message, offset);
    }
}

;// CONCATENATED MODULE: ./src/patch/source.ts



/**
 * Parses a patch file. JSON is told by its content, not by the file name: a file whose first character is
 * `{` or `[` is JSON and gets JSON's syntax rules and messages. Both are then read by the YAML parser (JSON is
 * YAML), which keeps every node's position.
 */
function parseSource(text, file) {
    const lineCounter = new dist/* LineCounter */.HN();
    const at = (offset) => {
        const { line, col } = lineCounter.linePos(offset);
        return { file, line, column: col };
    };
    const doc = (0,dist/* parseDocument */.Tp)(text, {
        lineCounter,
        prettyErrors: false,
        uniqueKeys: true,
        // YAML 1.1 types (!!binary, !!set, ...) would turn into values JSON cannot hold.
        resolveKnownTags: false
    });
    if (/^\s*[[{]/.test(text)) {
        const problem = jsonSyntaxError(text);
        if (problem)
            throw failAt(at(problem.offset), `JSON syntax error: ${problem.message}`);
    }
    const [problem] = [...doc.errors, ...doc.warnings];
    if (problem)
        throw failAt(at(problem.pos[0]), `YAML syntax error: ${yamlHint(problem.code, problem.message)}`);
    if (doc.contents === null)
        throw failAt({ file, line: 1, column: 1 }, 'the patch is empty: write a scene-edit document (`scenes:` …) or a JSON Patch array of ops');
    return {
        file,
        data: plainValue(doc, file),
        locate: (path, part = 'value') => at(findRange(doc, path, part))
    };
}
/**
 * The document as plain data. The YAML library refuses aliases that expand past a bound (a "billion laughs"
 * file), with a message that names no file: the refusal is located at the file.
 */
function plainValue(doc, file) {
    try {
        return doc.toJS();
    }
    catch (error) {
        throw failAt({ file, line: 1, column: 1 }, `its YAML aliases expand to too many values (${error instanceof Error ? error.message : String(error)}): write the repeated parts out instead of referring to them with *aliases`);
    }
}
function yamlHint(code, message) {
    if (code === 'DUPLICATE_KEY')
        return 'a key appears twice in the same map: keep one';
    if (code === 'MULTIPLE_DOCS')
        return 'the file holds several YAML documents (---): keep one';
    if (code === 'TAG_RESOLVE_FAILED')
        return `${message}: tags are not supported, remove it`;
    return message.replace(/\.$/, '');
}
/** The start offset of the node at `path` (or of its key), walking through aliases. */
function findRange(doc, path, part) {
    let node = doc.contents;
    let offset = (0,dist/* isNode */.Ll)(node) ? (node.range?.[0] ?? 0) : 0;
    for (const [depth, segment] of path.entries()) {
        if ((0,dist/* isAlias */.Vj)(node))
            node = node.resolve(doc);
        let key;
        if ((0,dist/* isMap */.jh)(node)) {
            const pair = node.items.find(item => (0,dist/* isScalar */.jn)(item.key) && String(item.key.value) === String(segment));
            if (!pair)
                break;
            key = pair.key;
            node = pair.value;
        }
        else if ((0,dist/* isSeq */.oP)(node) && typeof segment === 'number' && segment < node.items.length) {
            node = node.items[segment];
        }
        else
            break;
        const target = part === 'key' && depth === path.length - 1 && key ? key : node;
        if ((0,dist/* isNode */.Ll)(target) && target.range)
            offset = target.range[0];
    }
    return offset;
}
/** How messages name a place in the patch: `scenes[1].clips[0].select`, or `op 2.path` in a JSON Patch array. */
function describePath(path, opsDocument) {
    let text = '';
    for (const [depth, segment] of path.entries()) {
        if (typeof segment === 'number')
            text += depth === 0 && opsDocument ? `op ${segment}` : `[${segment}]`;
        else
            text += `${text ? '.' : ''}${/^[$\w-]+$/.test(segment) ? segment : JSON.stringify(segment)}`;
    }
    return text || 'the patch';
}

// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 17 modules
var schemas = __webpack_require__(38816);
;// CONCATENATED MODULE: ./src/patch/schema.ts

/*
 * The shape of a patch file, in one place: the engine validates against it and `schema/patch.schema.json`
 * (for editors: completion, hover help, squiggles) is generated from it by `script/gen-patch-schema.js`.
 * Rules JSON Schema cannot say (e.g. "a scene entry must change something") are refinements here and are
 * enforced by the engine only. This module imports nothing but zod, so the generator can compile it alone.
 */
/** A map that refuses unknown keys and says which ones it takes: typos fail instead of being ignored. */
function schema_closed(shape) {
    const allowed = Object.keys(shape).join(', ');
    return schemas/* strictObject */.rej(shape, {
        error: issue => issue.code === 'unrecognized_keys'
            ? `unknown key ${issue.keys.map(key => `'${key}'`).join(', ')}; allowed keys: ${allowed}`
            : undefined
    });
}
const schema_name = schemas/* string */.YjP().min(1);
const JsonValueSchema = schemas/* json */.Pq9().meta({ id: 'JsonValue' });
const byTag = schema_closed({
    tag: schema_name.describe('The tag given to the clip in the AI Studios editor.')
});
const byId = schema_closed({
    id: schema_name.describe('The clip id, e.g. "textImage-1hgus4k2m0a".')
});
const byType = schema_closed({
    type: schema_name.describe('The clip type: aiModel, image, textImage, videoImage, shape, audio.'),
    nth: schemas/* int */.Whr()
        .min(0)
        .optional()
        .describe('Which clip of that type, 0-based, in the order the project lists them. Needed when there are several.')
});
const SceneRefSchema = schemas/* union */.KCZ([schemas/* int */.Whr().min(0), byTag, byId], {
    error: 'must be a scene index (0, 1, …), { tag: … } or { id: … }'
})
    .describe('The scene to edit: its 0-based index, or the scene holding the clip with this tag or id.');
const AvatarRefSchema = schemas/* union */.KCZ([byTag, byId], { error: 'must be { tag: … } or { id: … } of an avatar (aiModel) clip' })
    .describe('Whose speech `script` replaces, in a scene with several avatars: the aiModel clip by tag or id.');
const ClipRefSchema = schemas/* union */.KCZ([byTag, byId, byType], {
    error: 'must be one of { tag: … }, { id: … } or { type: …, nth: … }'
})
    .describe('The clip to edit, within the scene: by tag, by id, or by type (+ nth).');
const ScriptSchema = schemas/* union */.KCZ([
    schemas/* string */.YjP().describe('The new speech, inline.'),
    schema_closed({
        file: schema_name.describe('A UTF-8 text file with the new speech, relative to this patch file, inside the repository.')
    })
], { error: 'must be the text itself or { file: path/to/script.md }' })
    .describe('What the avatar says in this scene. `{{ name }}` placeholders are filled from the `vars` input and the run context.');
const https = 'A public https:// URL: AI Studios fetches it when it renders.';
const SetSchema = schemas/* object */.Ikc({
    text: schemas/* string */.YjP().optional().describe('The text of a textImage clip.'),
    source_url: schemas/* string */.YjP().optional().describe(`The image of an image clip. ${https}`),
    video_url: schemas/* string */.YjP().optional().describe(`The video of a videoImage clip. ${https}`)
})
    .catchall(JsonValueSchema)
    .refine(fields => Object.keys(fields).length > 0, 'sets nothing: name at least one field')
    .describe('Clip fields and their new values. A field the clip lacks must be one AI Studios documents for its type.');
const ClipEditSchema = schema_closed({ select: ClipRefSchema, set: SetSchema });
const SceneEditSchema = schema_closed({
    scene: SceneRefSchema,
    avatar: AvatarRefSchema.optional(),
    script: ScriptSchema.optional(),
    clips: schemas/* array */.YOg(ClipEditSchema).min(1).optional().describe('Edits to clips of this scene.')
}).superRefine((edit, ctx) => {
    if (edit.script === undefined && edit.clips === undefined)
        ctx.addIssue({ code: 'custom', message: 'changes nothing: add `script` or `clips`' });
    if (edit.avatar !== undefined && edit.script === undefined)
        ctx.addIssue({
            code: 'custom',
            path: ['avatar'],
            message: '`avatar` only says whose `script` this is: add `script` or remove `avatar`'
        });
});
const pointer = schemas/* string */.YjP()
    .regex(/^(\/([^~/]|~[01])*)*$/, 'must be a JSON Pointer such as /scenes/0/name (empty or starting with /; write ~ as ~0 and / inside a key as ~1)');
const valueOp = (op) => schema_closed({ op: schemas/* literal */.euz(op), path: pointer, value: JsonValueSchema });
const fromOp = (op) => schema_closed({ op: schemas/* literal */.euz(op), from: pointer, path: pointer });
const OpSchema = schemas/* discriminatedUnion */.gMt('op', [
    valueOp('add'),
    schema_closed({ op: schemas/* literal */.euz('remove'), path: pointer }),
    valueOp('replace'),
    fromOp('move'),
    fromOp('copy'),
    valueOp('test')
])
    .describe('An RFC 6902 JSON Patch operation on the project object (GET /editor/project/{id}).');
const OpListSchema = schemas/* array */.YOg(OpSchema).min(1);
const SceneDocumentSchema = schema_closed({
    $schema: schemas/* string */.YjP().optional().describe('The JSON Schema of this file, for editors.'),
    name: schema_name.optional().describe('A new name for the rendered project.'),
    scenes: schemas/* array */.YOg(SceneEditSchema).min(1).optional().describe('Edits, scene by scene.'),
    ops: OpListSchema.optional().describe('Raw RFC 6902 operations, applied after the scene edits.')
}).refine(doc => doc.name !== undefined || doc.scenes !== undefined || doc.ops !== undefined, 'changes nothing: add `name`, `scenes` or `ops`');
const PatchFileSchema = schemas/* union */.KCZ([SceneDocumentSchema, OpListSchema]).meta({
    title: 'aistudios-render patch',
    description: 'Edits applied to an AI Studios project before it is rendered: a scene-edit document, or an RFC 6902 JSON Patch array.'
});
/** The JSON Schema committed as `schema/patch.schema.json`. */
function patchJsonSchema() {
    return z.toJSONSchema(PatchFileSchema, { target: 'draft-7' });
}

;// CONCATENATED MODULE: ./src/patch/validate.ts






/** The patch's shape, checked before anything else; the first problem becomes one located error. */
function validateShape(source) {
    const { data } = source;
    const forbidden = findForbiddenKey(data);
    if (forbidden)
        throw failAt(source.locate(forbidden, 'key'), `${describePath(forbidden, Array.isArray(data))}: the key ${refusal(String(forbidden.at(-1)))}`);
    if (Array.isArray(data))
        return { kind: 'ops', ops: check(OpListSchema, source, true) };
    if (typeof data === 'object' && data !== null)
        return { kind: 'scenes', doc: check(SceneDocumentSchema, source, false) };
    throw failAt(source.locate([]), `the patch is ${describeValue(data)}: write a scene-edit document (a map with \`scenes\`, \`name\` or \`ops\`) or a JSON Patch array of ops`);
}
function check(schema, source, opsDocument) {
    const result = schema.safeParse(source.data);
    if (result.success)
        return result.data;
    const { path, key, message } = explain(result.error.issues, source.data, []);
    const at = key === undefined ? source.locate(path) : source.locate([...path, key], 'key');
    throw failAt(at, `${describePath(path, opsDocument)}: ${message}`);
}
/** The one issue worth reporting, in words: unions are resolved to the branch the author meant. */
function explain(issues, data, base) {
    // A misspelt key also makes the key it meant "missing": the unknown key is the better message.
    const issue = issues.find(each => each.code === 'unrecognized_keys') ?? issues[0];
    const path = [
        ...base,
        ...issue.path.map(segment => (typeof segment === 'number' ? segment : String(segment)))
    ];
    const value = valueAt(data, path);
    if (issue.code === 'unrecognized_keys')
        return { path, key: issue.keys[0], message: issue.message };
    if (value === undefined && (issue.code === 'invalid_type' || issue.code === 'invalid_union'))
        return { path, message: 'is required' };
    switch (issue.code) {
        case 'invalid_union': {
            const branch = intendedBranch(issue.errors);
            if (branch)
                return explain(branch, data, path);
            if ('options' in issue && issue.options)
                return { path, message: `must be one of ${issue.options.join(', ')}` };
            const keys = (0,json/* isRecord */.u)(value) ? Object.keys(value) : [];
            const found = keys.length
                ? `; it has ${keys.length === 1 ? 'key' : 'keys'} ${keys.map(key => `'${key}'`).join(', ')}`
                : `, not ${describeValue(value)}`;
            return { path, message: `${issue.message}${found}` };
        }
        case 'invalid_type':
            return {
                path,
                message: `must be ${EXPECTED[issue.expected] ?? issue.expected}, not ${describeValue(value)}`
            };
        case 'too_small':
            return {
                path,
                message: issue.origin === 'array' || issue.origin === 'string'
                    ? 'must not be empty'
                    : `must be ${issue.minimum} or more`
            };
        default:
            return { path, message: issue.message };
    }
}
/**
 * Among a union's failed branches, the one the author meant: not those of another type altogether, and the
 * one with the fewest problems. None when it is a tie, so the union's own message lists the choices.
 */
function intendedBranch(branches) {
    const sameType = branches.filter(issues => !issues.some(issue => issue.path.length === 0 && issue.code === 'invalid_type'));
    const [best, next] = sameType.sort((a, b) => a.length - b.length);
    return best && (!next || next.length > best.length) ? best : undefined;
}
const EXPECTED = {
    string: 'text',
    number: 'a number',
    int: 'a whole number',
    boolean: 'true or false',
    object: 'a map',
    record: 'a map',
    array: 'a list'
};
function valueAt(data, path) {
    let value = data;
    for (const segment of path) {
        if (typeof value !== 'object' || value === null || !Object.hasOwn(value, segment))
            return undefined;
        value = Reflect.get(value, segment);
    }
    return value;
}

;// CONCATENATED MODULE: ./src/patch/load.ts









/**
 * Reads a patch file (YAML or JSON, told by content), validates its shape and reads the script files it
 * names. Every problem is an `ActionError` located in the patch (or script) file. Placeholders are filled
 * later, by `planEdits`, since their values belong to the run.
 */
async function loadPatch(file, { workspace, files = nodeFiles }) {
    const { absolute, shown, text } = await readNamedFile(files, workspace, file, 'the patch file');
    const source = parseSource(text, shown);
    const valid = validateShape(source);
    if (valid.kind === 'ops')
        return { file: shown, scenes: [], ops: rawOps(source, valid.ops, []) };
    const scripts = { files, workspace, patchDir: external_node_path_default().dirname(absolute) };
    return {
        file: shown,
        ...(valid.doc.name === undefined ? {} : { name: textAt(source, ['name'], valid.doc.name) }),
        scenes: await sceneEdits(source, valid.doc, scripts),
        ops: rawOps(source, valid.doc.ops ?? [], ['ops'])
    };
}
async function sceneEdits(source, doc, scripts) {
    const edits = [];
    // One after the other: with several bad files, the error is always about the first one.
    for (const [index, edit] of (doc.scenes ?? []).entries()) {
        const base = ['scenes', index];
        const script = typeof edit.script === 'object'
            ? await scriptFile(source, [...base, 'script', 'file'], edit.script.file, scripts)
            : edit.script === undefined
                ? undefined
                : textAt(source, [...base, 'script'], edit.script);
        edits.push({
            ...origin(source, base),
            scene: { ref: edit.scene, ...origin(source, [...base, 'scene']) },
            ...(edit.avatar
                ? { avatar: { ref: edit.avatar, ...origin(source, [...base, 'avatar']) } }
                : {}),
            ...(script === undefined ? {} : { script }),
            clips: (edit.clips ?? []).map((clip, clipIndex) => {
                const clipBase = [...base, 'clips', clipIndex];
                return {
                    select: { ref: clip.select, ...origin(source, [...clipBase, 'select']) },
                    set: fieldEdits(source, [...clipBase, 'set'], clip.set)
                };
            })
        });
    }
    return edits;
}
function fieldEdits(source, base, fields) {
    return Object.entries(fields).flatMap(([field, value]) => value === undefined
        ? []
        : [
            {
                field,
                value,
                ...origin(source, [...base, field]),
                keyAt: source.locate([...base, field], 'key')
            }
        ]);
}
async function scriptFile(source, at, name, { files, workspace, patchDir }) {
    const place = origin(source, at);
    try {
        const { file, text } = await readScriptFile(files, { workspace, patchDir, name });
        return { ...place, text, file: displayPath(workspace, file) };
    }
    catch (error) {
        if (error instanceof FileProblem)
            throw failAt(place.at, `${place.where}: ${name} ${error.message}`);
        throw error;
    }
}
function rawOps(source, ops, base) {
    const opsDocument = base.length === 0;
    return ops.map((op, index) => {
        const pointers = { path: op.path, ...('from' in op ? { from: op.from } : {}) };
        for (const [key, pointer] of Object.entries(pointers)) {
            const refused = fromPointer(pointer).find(isForbiddenKey);
            if (refused !== undefined)
                throw failAt(source.locate([...base, index, key]), `${describePath([...base, index, key], opsDocument)}: ${refusal(refused)}`);
        }
        return {
            op,
            where: describePath([...base, index], opsDocument),
            at: source.locate([...base, index]),
            ...('value' in op ? { valueAt: source.locate([...base, index, 'value']) } : {})
        };
    });
}
function origin(source, at) {
    return { where: describePath(at, false), at: source.locate(at) };
}
function textAt(source, at, text) {
    return { ...origin(source, at), text };
}

// EXTERNAL MODULE: ./node_modules/fast-json-patch/index.js
var fast_json_patch = __webpack_require__(25952);
var fast_json_patch_default = /*#__PURE__*/__webpack_require__.n(fast_json_patch);
// EXTERNAL MODULE: ./src/aistudios/schema.ts
var schema = __webpack_require__(49442);
;// CONCATENATED MODULE: ./src/patch/apply.ts
// The default import is the one form that works everywhere: under Node and Jest it is the CommonJS
// `module.exports`, and under ncc the ESM build's default export, which carries the same functions.






/**
 * Applies the compiled ops, then the raw ones, in one pass over a deep copy of `project` (fast-json-patch
 * validates each op and refuses prototype keys). A raw op that fails is the author's error, located at the
 * op; a compiled op cannot fail, as it was written from this very project.
 */
function applyOps(project, compiled, raw, file) {
    let document = structuredClone(project);
    const changes = [];
    const steps = [
        ...compiled.map(op => ({ op, raw: undefined })),
        ...raw.map(each => ({ op: each.op, raw: each }))
    ];
    for (const [index, { op, raw: rawOp }] of steps.entries()) {
        const before = lookup(document, op.path);
        const inserts = op.op === 'add' && Array.isArray(parentOf(document, op.path));
        try {
            // The op is cloned: fast-json-patch puts the op's own value objects into the document.
            const clone = structuredClone(op);
            document = fast_json_patch_default().applyOperation(document, clone, true, true, true, index).newDocument;
        }
        catch (error) {
            const why = whyFailed(error, op, document);
            if (!rawOp)
                throw new Error(`Bug: a compiled op failed (${op.op} ${op.path}): ${why}`);
            throw failAt(rawOp.at, `${rawOp.where} (${op.op} ${op.path}) failed: ${why}`);
        }
        if (rawOp && op.op !== 'test')
            changes.push(opChange(rawOp.where, op, inserts ? undefined : before, document));
    }
    const checked = schema/* ProjectSchema */.J8.safeParse(document);
    if (!checked.success) {
        const [issue] = checked.error.issues;
        throw failAt({ file }, `the patched project is no longer a valid AI Studios project: ${toPointer(issue.path.map(String)) || '/'} ${issue.message.toLowerCase()}; fix the ops`);
    }
    return { project: checked.data, changes };
}
/** A raw op as a change: the value it replaced or removed, and the value it left at its path. */
function opChange(name, op, before, document) {
    const after = op.op === 'remove' ? undefined : lookup(document, op.path);
    return {
        kind: 'op',
        name,
        op: op.op,
        path: op.path,
        ...('from' in op ? { from: op.from } : {}),
        ...sceneOf(op.path),
        ...(before?.found ? { before: asJson(before.value) } : {}),
        // An append (`/list/-`) has no path to look up afterwards: its value is what it added.
        ...(after?.found ? { after: asJson(after.value) } : 'value' in op ? { after: op.value } : {})
    };
}
/** Why fast-json-patch refused an op, in terms of the project (its own messages embed the whole document). */
function whyFailed(error, op, document) {
    const code = error instanceof (fast_json_patch_default()).JsonPatchError ? error.name : undefined;
    switch (code) {
        case 'TEST_OPERATION_FAILED': {
            const current = lookup(document, op.path);
            const expected = 'value' in op ? op.value : undefined;
            return `${op.path} is ${current.found ? show(asJson(current.value)) : 'absent'}, not ${show(expected)}: the project changed since the patch was written`;
        }
        case 'OPERATION_FROM_UNRESOLVABLE':
            return 'from' in op ? missing(document, op.from) : code;
        case 'OPERATION_PATH_UNRESOLVABLE':
        case 'OPERATION_PATH_CANNOT_ADD':
        case 'OPERATION_PATH_ILLEGAL_ARRAY_INDEX':
        case 'OPERATION_VALUE_OUT_OF_BOUNDS':
            return missing(document, op.path);
        default:
            return code ?? (0,shared_errors/* messageOf */.b)(error);
    }
}
/** Which part of `pointer` does not exist, and what is there instead. */
function missing(document, pointer) {
    const found = lookup(document, pointer);
    if (found.found)
        return `${pointer} cannot take this op`;
    const segments = fromPointer(pointer);
    const gap = toPointer(segments.slice(0, found.depth + 1));
    const parent = toPointer(segments.slice(0, found.depth)) || 'the project';
    const { container } = found;
    if (Array.isArray(container))
        return `${gap} does not exist: ${parent} has ${container.length} item${container.length === 1 ? '' : 's'}${container.length ? ` (0 to ${container.length - 1})` : ''}`;
    if (typeof container === 'object' && container !== null) {
        const keys = Object.keys(container);
        const shown = keys.length > 20 ? [...keys.slice(0, 20), '…'] : keys;
        return `${gap} does not exist: ${parent} has ${shown.length ? `keys ${shown.join(', ')}` : 'no keys'}`;
    }
    return `${gap} does not exist: ${parent} is ${show(asJson(container))}, not a map or a list`;
}
function parentOf(document, pointer) {
    const parent = lookup(document, toPointer(fromPointer(pointer).slice(0, -1)));
    return parent.found ? parent.value : undefined;
}
function sceneOf(pointer) {
    const [top, index] = fromPointer(pointer);
    return top === 'scenes' && /^\d+$/.test(index ?? '') ? { scene: Number(index) } : {};
}

// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(57975);
;// CONCATENATED MODULE: ./src/patch/placeholders.ts

/*
 * `{{ name }}` placeholders. Names are letters, digits and `_ . -` (so `github.sha` works); spaces inside the
 * braces are optional. `{{ 'text' }}` writes `text` as it is, which is the escape for a literal `{{`:
 * `{{ '{{' }}`. Anything else that opens with `{{` is an error, never literal text in a video.
 */
const PLACEHOLDER = /\{\{\s*(?:'([^']*)'|([A-Za-z0-9_][A-Za-z0-9_.-]*))\s*\}\}/y;
/** A placeholder that cannot be filled, at `offset` in the text. */
class PlaceholderError extends Error {
    offset;
    constructor(message, offset) {
        super(message);
        this.offset = offset;
        this.name = 'PlaceholderError';
    }
}
function fillText(text, context) {
    let filled = '';
    let from = 0;
    for (let open = text.indexOf('{{'); open >= 0; open = text.indexOf('{{', from)) {
        PLACEHOLDER.lastIndex = open;
        const match = PLACEHOLDER.exec(text);
        if (!match)
            throw new PlaceholderError(`'{{' starts no placeholder: write {{ name }}, or {{ '{{' }} for a literal '{{'`, open);
        const [token, literal, name] = match;
        filled += text.slice(from, open) + (literal ?? placeholders_valueOf(name, token, open, context));
        from = open + token.length;
    }
    return filled + text.slice(from);
}
function placeholders_valueOf(name, token, offset, context) {
    // Own keys only: `{{ constructor }}` must not find Object.prototype's.
    if (Object.hasOwn(context, name))
        return context[name];
    const known = Object.keys(context).sort();
    const hint = known.length
        ? `known names: ${known.join(', ')}; give '${name}' a value in \`vars\``
        : `no values are defined: give '${name}' a value in \`vars\``;
    throw new PlaceholderError(`unknown placeholder ${token}: ${hint}`, offset);
}
/** Fills the placeholders of every string in a JSON value (op and `set` values). */
function fillJson(value, context) {
    if (typeof value === 'string')
        return fillText(value, context);
    if (Array.isArray(value))
        return value.map(item => fillJson(item, context));
    if (value !== null && typeof value === 'object')
        return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, fillJson(item, context)]));
    return value;
}
/** A string of the patch, filled; an error points at the placeholder in a script file, else at the string. */
function fillPatchText(text, context) {
    const inFile = text.file === undefined ? undefined : { file: text.file, text: text.text };
    return locate(text, () => fillText(text.text, context), inFile);
}
/** A `set` or op value, filled; an error points at the value. */
function fillValue(value, origin, context) {
    return locate(origin, () => fillJson(value, context));
}
function locate(origin, fill, inFile) {
    try {
        return fill();
    }
    catch (error) {
        if (!(error instanceof PlaceholderError))
            throw error;
        const at = inFile ? { file: inFile.file, ...lineColumn(inFile.text, error.offset) } : origin.at;
        throw failAt(at, `${origin.where}: ${error.message}`);
    }
}

;// CONCATENATED MODULE: ./src/patch/select.ts

/*
 * Selectors match exactly one thing or fail, naming what there is instead: a wrong guess must never edit
 * the wrong clip, nor silently nothing.
 */
function selectScene(project, selector) {
    const { ref, where, at } = selector;
    const { scenes } = project;
    if (typeof ref === 'number') {
        if (ref < scenes.length)
            return ref;
        throw failAt(at, `${where}: scene ${ref} does not exist: the project has ${scenes.length} scene${scenes.length === 1 ? '' : 's'}${scenes.length ? ` (0 to ${scenes.length - 1})` : ''}`);
    }
    const key = 'tag' in ref ? 'tag' : 'id';
    const matches = indexes(scenes, scene => scene.clips.some(clip => fits(clip, ref)));
    if (matches.length === 1)
        return matches[0];
    if (matches.length === 0) {
        const byScene = scenes
            .map((scene, index) => `${index}: ${list(distinct(scene.clips.map(clip => clip[key])))}`)
            .join('; ');
        throw failAt(at, `${where}: ${formatRef(ref)} matches no clip in the project; ${key}s by scene: ${byScene}`);
    }
    throw failAt(at, `${where}: ${formatRef(ref)} is on clips in scenes ${matches.join(', ')}: select the scene by its index`);
}
function selectClip(scene, sceneIndex, selector) {
    const { ref, where, at } = selector;
    const { clips } = scene;
    const matches = indexes(clips, clip => fits(clip, ref));
    if ('type' in ref && ref.nth !== undefined) {
        if (ref.nth < matches.length)
            return matches[ref.nth];
        if (matches.length)
            throw failAt(at, `${where}: scene ${sceneIndex} has ${matches.length} ${ref.type} clip${matches.length === 1 ? '' : 's'}, so nth must be 0${matches.length > 1 ? ` to ${matches.length - 1}` : ''}`);
    }
    if (matches.length === 1)
        return matches[0];
    if (matches.length === 0)
        throw failAt(at, `${where}: ${formatRef(ref)} matches no clip in scene ${sceneIndex}, which has ${describeClips(clips)}`);
    const ids = matches.map(index => clips[index].id).join(', ');
    const fix = 'type' in ref
        ? `add nth: 0 to ${matches.length - 1}, or select by tag or id`
        : 'select one by id';
    throw failAt(at, `${where}: ${formatRef(ref)} matches ${matches.length} clips in scene ${sceneIndex} (${ids}): ${fix}`);
}
/**
 * The avatar whose speech a scene entry's `script` replaces: the one named by `avatar`, else the scene's
 * only one (undefined when it has none). A scene with several avatars must say which.
 */
function selectAvatar(scene, sceneIndex, selector, script) {
    const avatars = indexes(scene.clips, clip => clip.type === 'aiModel');
    const described = avatars.map(index => clipName(scene.clips[index])).join(', ');
    if (selector) {
        const matches = avatars.filter(index => fits(scene.clips[index], selector.ref));
        if (matches.length === 1)
            return matches[0];
        throw failAt(selector.at, matches.length
            ? `${selector.where}: ${formatRef(selector.ref)} matches ${matches.length} avatars in scene ${sceneIndex}: select one by id`
            : `${selector.where}: ${formatRef(selector.ref)} matches no avatar in scene ${sceneIndex}, which has ${avatars.length ? `avatars ${described}` : 'no avatar (aiModel) clip'}`);
    }
    if (avatars.length <= 1)
        return avatars[0];
    throw failAt(script.at, `${script.where}: scene ${sceneIndex} has ${avatars.length} avatars (${described}): add \`avatar: { tag: … }\` (or { id: … }) to the scene entry to say whose script this is`);
}
function clipInfo(clip, index) {
    return { index, id: clip.id, type: clip.type, ...(clip.tag ? { tag: clip.tag } : {}) };
}
/** `{ tag: "pricing" }`, as a patch author would write the selector. */
function formatRef(ref) {
    if (typeof ref === 'number')
        return `scene ${ref}`;
    return `{ ${Object.entries(ref)
        .map(([key, value]) => `${key}: ${JSON.stringify(value)}`)
        .join(', ')} }`;
}
/** What a scene holds, for "matches nothing" errors: tags, ids, and types with counts. */
function describeClips(clips) {
    const counts = new Map();
    for (const clip of clips)
        counts.set(clip.type, (counts.get(clip.type) ?? 0) + 1);
    const types = [...counts].map(([type, count]) => `${type} ×${count}`);
    return `tags: ${list(distinct(clips.map(clip => clip.tag)))}; ids: ${list(clips.map(clip => clip.id))}; types: ${list(types)}`;
}
function fits(clip, ref) {
    if ('tag' in ref)
        return clip.tag === ref.tag;
    if ('id' in ref)
        return clip.id === ref.id;
    return clip.type === ref.type;
}
function clipName(clip) {
    return clip.tag ? `${clip.tag} (${clip.id})` : clip.id;
}
function indexes(items, test) {
    return items.flatMap((item, index) => (test(item) ? [index] : []));
}
function distinct(values) {
    return [...new Set(values.filter((value) => Boolean(value)))];
}
function list(values) {
    return values.length ? values.join(', ') : 'none';
}

;// CONCATENATED MODULE: ./src/patch/spoken.ts
const ENTITIES = {
    amp: '&',
    lt: '<',
    gt: '>',
    quot: '"',
    apos: "'",
    nbsp: ' '
};
/**
 * The number of characters the avatar speaks: `org` may hold `<p>`/`<span>` markup, which is not spoken and
 * not billed as speech, and entities are one character each. Counted in code points, not UTF-16 units.
 */
function spokenLength(script) {
    const text = script
        .replace(/<[^>]*>/g, '')
        .replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (entity, name) => {
        if (name[0] !== '#')
            return ENTITIES[name.toLowerCase()] ?? entity;
        const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : Number(name.slice(1));
        return code <= 0x10ffff ? String.fromCodePoint(code) : entity;
    });
    return [...text].length;
}

;// CONCATENATED MODULE: ./src/patch/compile.ts









/**
 * Turns the scene edits (and `name`) into RFC 6902 ops against `project`. Each replaced value is guarded by
 * a `test` op with its current value, so the ops check themselves when applied to a project that has
 * changed since. Edits that would not change anything emit nothing.
 */
function compileEdits(project, patch, context) {
    const compiler = new Compiler(project, context);
    if (patch.name)
        compiler.rename(patch.name);
    for (const edit of patch.scenes) {
        const sceneIndex = selectScene(project, edit.scene);
        if (edit.script)
            compiler.script(sceneIndex, edit.script, edit.avatar);
        for (const clipEdit of edit.clips)
            compiler.clip(sceneIndex, clipEdit);
    }
    return { ops: compiler.ops, changes: compiler.changes };
}
class Compiler {
    project;
    context;
    ops = [];
    changes = [];
    setBy = new Map();
    constructor(project, context) {
        this.project = project;
        this.context = context;
    }
    rename(name) {
        const after = fillPatchText(name, this.context);
        if (!after.trim())
            throw failAt(name.at, `${name.where}: is empty once its placeholders are filled`);
        const before = this.project.name;
        if (this.set(name, '/name', { exists: true, value: before }, after))
            this.changes.push({ kind: 'name', before, after });
    }
    script(sceneIndex, script, avatarSelector) {
        const scene = this.project.scenes[sceneIndex];
        const avatar = selectAvatar(scene, sceneIndex, avatarSelector, script);
        const slots = speechSlots(scene, sceneIndex, avatar, script);
        const after = normalizeScript(fillPatchText(script, this.context));
        if (!after.trim())
            throw failAt(script.at, `${script.where}: the script is empty once read and filled: write the speech, or remove \`script\` to keep the current one`);
        const changed = slots.filter(slot => this.set(script, slot.pointer, { exists: slot.exists, value: slot.before }, after));
        if (!changed.length)
            return;
        const before = changed[0].before ?? '';
        this.changes.push({
            kind: 'script',
            scene: sceneIndex,
            ...(avatar === undefined ? {} : { avatar: clipInfo(scene.clips[avatar], avatar) }),
            paths: changed.map(slot => slot.pointer),
            before,
            after,
            charsBefore: spokenLength(before),
            charsAfter: spokenLength(after)
        });
    }
    clip(sceneIndex, edit) {
        const scene = this.project.scenes[sceneIndex];
        const clipIndex = selectClip(scene, sceneIndex, edit.select);
        const clip = scene.clips[clipIndex];
        for (const field of edit.set) {
            const after = fillValue(field.value, field, this.context);
            const problem = fieldProblem(clip, field.field, after);
            if (problem)
                throw failAt(problem.part === 'key' ? field.keyAt : field.at, `${field.where}: ${problem.message}`);
            const exists = Object.hasOwn(clip, field.field);
            const before = exists ? asJson(clip[field.field]) : undefined;
            const path = toPointer(['scenes', sceneIndex, 'clips', clipIndex, field.field]);
            if (this.set(field, path, { exists, value: before ?? null }, after))
                this.changes.push({
                    kind: 'clip',
                    scene: sceneIndex,
                    clip: clipInfo(clip, clipIndex),
                    field: field.field,
                    path,
                    ...(exists ? { before } : {}),
                    after
                });
        }
    }
    /**
     * Writes the ops that set `path` to `after`; false when it already holds it. Setting one value twice is
     * refused: the second edit would only fail its `test` guard, with a worse message.
     */
    set(by, path, before, after) {
        const earlier = this.setBy.get(path);
        if (earlier)
            throw failAt(by.at, `${by.where}: changes ${path} again, after ${earlier.where} (line ${earlier.at.line}): keep one of the two edits`);
        this.setBy.set(path, by);
        if (before.exists && (0,external_node_util_.isDeepStrictEqual)(before.value, after))
            return false;
        this.ops.push(...(before.exists
            ? [
                { op: 'test', path, value: before.value },
                { op: 'replace', path, value: after }
            ]
            : [{ op: 'add', path, value: after }]));
        return true;
    }
}
/** Speech as it should reach the renderer: one kind of line break, no trailing newline or blanks. */
function normalizeScript(text) {
    return text.replace(/\r\n?/g, '\n').trimEnd();
}

;// CONCATENATED MODULE: ./src/patch/plan.ts



/**
 * What the patch does to `project`, without touching it: the patched copy, every op applied, and the
 * changes for people. Pure; every mistake is an `ActionError` located in the patch, found before any
 * credit is spent. `context` fills the `{{ name }}` placeholders.
 */
function planEdits(project, patch, context) {
    const compiled = compileEdits(project, patch, context);
    const raw = patch.ops.map(op => ({ ...op, op: fillOp(op, context) }));
    const applied = applyOps(project, compiled.ops, raw, patch.file);
    return {
        project: applied.project,
        ops: [...compiled.ops, ...raw.map(each => each.op)],
        changes: [...compiled.changes, ...applied.changes]
    };
}
function fillOp({ op, where, at, valueAt }, context) {
    if (!('value' in op))
        return op;
    return {
        ...op,
        value: fillValue(op.value, { where: `${where}.value`, at: valueAt ?? at }, context)
    };
}

;// CONCATENATED MODULE: ./src/patch/describe.ts

/*
 * The plan in words, for the log, the job summary and the `plan` output. Values are shown in full: the
 * point of the plan is to say exactly what the video will say and show.
 */
/** Log lines: the rename, then scene by scene (scripts as -/+ lines with character counts), then raw ops. */
function planLines(plan) {
    if (!plan.changes.length)
        return ['No changes: the project already matches the patch.'];
    const lines = [];
    for (const change of plan.changes)
        if (change.kind === 'name')
            lines.push(`Project name: ${show(change.before)} → ${show(change.after)}`);
    for (const scene of scenesOf(plan.changes)) {
        lines.push(`Scene ${scene}:`);
        for (const change of plan.changes) {
            if (change.kind === 'script' && change.scene === scene)
                lines.push(`  script${change.avatar ? ` of ${clipLabel(change.avatar)}` : ''}: ${change.charsBefore} → ${change.charsAfter} characters`, ...textLines('    - ', change.before), ...textLines('    + ', change.after));
            if (change.kind === 'clip' && change.scene === scene)
                lines.push(`  ${clipLabel(change.clip)} ${change.field}: ${show(change.before)} → ${show(change.after)}`);
        }
    }
    const ops = plan.changes.filter(change => change.kind === 'op');
    if (ops.length)
        lines.push('Raw ops:');
    for (const op of ops)
        lines.push(`  ${opLabel(op)}: ${show(op.before)} → ${show(op.after)}`);
    lines.push(`${plan.changes.length} change${plan.changes.length === 1 ? '' : 's'}.`);
    return lines;
}
/**
 * A header row and one row per change, for a job summary table. Cells are plain text: whoever renders
 * them as HTML or Markdown escapes them (scripts may hold `<p>` tags).
 */
function planTable(plan) {
    return [
        ['Scene', 'What', 'Before', 'After', 'Characters'],
        ...plan.changes.map(change => {
            switch (change.kind) {
                case 'name':
                    return ['', 'project name', change.before, change.after, ''];
                case 'script':
                    return [
                        String(change.scene),
                        `script${change.avatar ? ` of ${clipLabel(change.avatar)}` : ''}`,
                        change.before,
                        change.after,
                        `${change.charsBefore} → ${change.charsAfter}`
                    ];
                case 'clip':
                    return [
                        String(change.scene),
                        `${clipLabel(change.clip)} ${change.field}`,
                        cell(change.before),
                        cell(change.after),
                        ''
                    ];
                case 'op':
                    return [
                        change.scene === undefined ? '' : String(change.scene),
                        opLabel(change),
                        cell(change.before),
                        cell(change.after),
                        ''
                    ];
            }
        })
    ];
}
/** The changes as compact JSON, for the `plan` output (not the project: it can be large and hold signed URLs). */
function planJson(plan) {
    return JSON.stringify(plan.changes);
}
function scenesOf(changes) {
    const scenes = changes.flatMap(change => change.kind === 'script' || change.kind === 'clip' ? [change.scene] : []);
    return [...new Set(scenes)].sort((a, b) => a - b);
}
function clipLabel(clip) {
    return clip.tag ? `${clip.type} "${clip.tag}" (${clip.id})` : `${clip.type} ${clip.id}`;
}
function opLabel(change) {
    return `${change.name} ${change.op}${change.from === undefined ? '' : ` ${change.from} →`} ${change.path}`;
}
function textLines(prefix, text) {
    return (text === '' ? ['(empty)'] : text.split('\n')).map(line => prefix + line);
}
function cell(value) {
    if (value === undefined)
        return '(absent)';
    return typeof value === 'string' ? value : JSON.stringify(value);
}

;// CONCATENATED MODULE: ./src/patch/index.ts
/*
 * The patch engine: load a committed patch file, plan its edits against a fetched project, and describe
 * them. Nothing here talks to the network; files are read through a passed-in `FileSource` (files.ts).
 */






// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
;// CONCATENATED MODULE: ./src/manifest/shard.ts

/** GitHub runs at most 256 jobs per matrix. */
const MAX_SHARDS = 256;
/** The default shard count gives each shard about this many videos: a handful per job. */
const VIDEOS_PER_SHARD = 5;
/** `i/n` with 1 <= i <= n <= 256; undefined for anything else. */
function parseShard(text) {
    const match = /^(\d{1,3})\/(\d{1,3})$/.exec(text.trim());
    if (!match)
        return undefined;
    const [index, count] = [Number(match[1]), Number(match[2])];
    return index >= 1 && index <= count && count <= MAX_SHARDS ? { index, count } : undefined;
}
const shardLabel = ({ index, count }) => `${index}/${count}`;
const MASK_64 = (1n << 64n) - 1n;
/**
 * The 1-based shard of a video: the jump consistent hash (Lamping and Veach, 2014) of its name's SHA-256. It
 * depends on the name and the count only, so a video keeps its shard when others are added or removed, `only`
 * and `shard` select the same videos in either order, and when the count grows from n to n+1 only about
 * 1/(n+1) of the videos move (all of them to the new shard).
 */
function shardOf(name, count) {
    let key = (0,external_node_crypto_.createHash)('sha256').update(name).digest().readBigUInt64BE(0);
    let bucket = -1;
    let next = 0;
    while (next < count) {
        bucket = next;
        key = (key * 2862933555777941757n + 1n) & MASK_64;
        next = Math.floor((bucket + 1) * (2 ** 31 / (Number(key >> 33n) + 1)));
    }
    return bucket + 1;
}
/** About five videos a shard, at least one shard and at most 256. */
const defaultShardCount = (videos) => Math.min(MAX_SHARDS, Math.max(1, Math.ceil(videos / VIDEOS_PER_SHARD)));
/**
 * The shards that hold at least one of the videos, in order: a matrix has no job for an empty shard. At most
 * `count` entries, so at most 256.
 */
function shardsOf(names, count) {
    const indexes = new Set(names.map(name => shardOf(name, count)));
    return [...indexes].sort((a, b) => a - b).map(index => ({ index, count }));
}
/** What a shard took, for the log and the summary: "Shard 2/8: 7 of 52 videos: a, b, c." */
function shardLine(shard, taken, selected) {
    const shown = taken.slice(0, SHOWN_NAMES).join(', ');
    const more = taken.length > SHOWN_NAMES ? `, and ${taken.length - SHOWN_NAMES} more` : '';
    const names = taken.length > 0 ? `: ${shown}${more}` : '';
    return `Shard ${shardLabel(shard)}: ${taken.length} of ${selected} videos${names}.`;
}
/** A shard holds about five videos; a chosen count may make them more, and the line stays one line. */
const SHOWN_NAMES = 20;

;// CONCATENATED MODULE: ./src/manifest/schema.ts

/** A video's name: it names its artifact, its default output path and asset, and `only`. */
const VIDEO_NAME = /^[a-z0-9][a-z0-9._-]*$/;
const VarsSchema = schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* union */.KCZ([schemas/* string */.YjP(), schemas/* number */.aig(), schemas/* boolean */.zMY()]));
/** The keys a video may set, named like the action inputs they override. */
const VideoKeys = {
    'project-id': schemas/* string */.YjP().min(1),
    patch: schemas/* string */.YjP().min(1),
    vars: VarsSchema,
    resolution: schemas/* enum */.k5n(['4k', '1080', '720', '480']),
    'workspace-id': schemas/* string */.YjP().min(1),
    'output-path': schemas/* string */.YjP().min(1),
    'asset-name': schemas/* string */.YjP().min(1),
    'resume-project-id': schemas/* string */.YjP().min(1)
};
const VideoEntrySchema = schemas/* strictObject */.rej(VideoKeys).partial();
const ManifestFileSchema = schemas/* strictObject */.rej({
    $schema: schemas/* string */.YjP().optional(),
    defaults: VideoEntrySchema.optional(),
    videos: schemas/* record */.g1P(schemas/* string */.YjP(), VideoEntrySchema)
});
function manifestJsonSchema() {
    return z.toJSONSchema(ManifestFileSchema, { target: 'draft-7' });
}

;// CONCATENATED MODULE: ./src/manifest/load.ts






/**
 * Reads a manifest (YAML or JSON, told by content) and checks it whole: every problem is an `ActionError`
 * located at the manifest's line and column, found before any video is exported.
 */
async function loadManifest(file, { workspace, files = nodeFiles, artifactNames = false }) {
    const { shown, text } = await readNamedFile(files, workspace, file, 'the manifest file');
    if (text.trim() === '')
        throw failAt({ file: shown, line: 1, column: 1 }, 'the manifest is empty: write `videos:` with one entry per video');
    const source = parseSource(text, shown);
    const videos = checkManifest(source, artifactNames);
    for (const video of videos)
        for (const [key, file] of [
            ['patch', video.patch],
            ['output-path', video.outputPath]
        ])
            if (file !== undefined && !isInside(workspace, external_node_path_default().resolve(workspace, file)))
                throw failAt(source.locate(['videos', video.name, key]), `videos.${video.name}: ${key} "${file}" is outside the workspace: use a path inside the repository`);
    return { file: shown, videos };
}
function checkManifest(source, artifactNames) {
    const result = ManifestFileSchema.safeParse(source.data);
    if (!result.success) {
        const issue = result.error.issues.find(each => each.code === 'unrecognized_keys') ?? result.error.issues[0];
        const at = issue.path.map(s => (typeof s === 'number' ? s : String(s)));
        if (issue.code === 'unrecognized_keys') {
            const key = issue.keys[0];
            throw failAt(source.locate([...at, key], 'key'), `${describePath([...at, key], false)}: unknown key; ${knownKeys(at)}`);
        }
        throw failAt(source.locate(at), `${describePath(at, false)}: ${issue.message}`);
    }
    const { defaults = {}, videos } = result.data;
    const entries = Object.entries(videos);
    if (entries.length === 0)
        throw failAt(source.locate(['videos']), 'videos: is empty: give at least one video');
    const claimed = {
        'output-path': new Map(),
        'asset-name': new Map(),
        artifact: new Map()
    };
    return entries.map(([name, entry]) => {
        const at = source.locate(['videos', name], 'key');
        if (!VIDEO_NAME.test(name))
            throw failAt(at, `videos.${JSON.stringify(name)}: a video name is lower-case letters, digits, '.', '_' and '-', starting with a letter or digit`);
        const merged = { ...defaults, ...entry, vars: { ...defaults.vars, ...entry.vars } };
        if (merged['project-id'] === undefined)
            throw failAt(at, `videos.${name}: project-id is required (here or in defaults)`);
        const video = {
            name,
            projectId: merged['project-id'],
            vars: Object.fromEntries(Object.entries(merged.vars ?? {}).map(([k, v]) => [k, String(v)])),
            outputPath: merged['output-path'] ?? `videos/${name}.mp4`,
            assetName: merged['asset-name'] ?? `${name}.mp4`,
            ...(merged.patch === undefined ? {} : { patch: merged.patch }),
            ...(merged.resolution === undefined ? {} : { resolution: merged.resolution }),
            ...(merged['workspace-id'] === undefined ? {} : { workspaceId: merged['workspace-id'] }),
            ...(merged['resume-project-id'] === undefined
                ? {}
                : { resumeProjectId: merged['resume-project-id'] }),
            at
        };
        for (const key of ['output-path', 'asset-name']) {
            const value = key === 'output-path' ? video.outputPath : video.assetName;
            const other = claimed[key].get(value);
            if (other !== undefined)
                throw failAt(entry[key] === undefined ? at : source.locate(['videos', name, key]), `videos.${name}: ${key} "${value}" is also the ${key} of ${other}: give each video its own`);
            claimed[key].set(value, name);
        }
        const artifact = external_node_path_default().basename(video.outputPath);
        const owner = claimed.artifact.get(artifact);
        if (artifactNames && owner !== undefined)
            throw failAt(entry['output-path'] === undefined ? at : source.locate(['videos', name, 'output-path']), `videos.${name}: output-path "${video.outputPath}" has the file name of ${owner}'s, and each video's artifact is named after its file: give it a file name of its own, e.g. ${name}.mp4`);
        claimed.artifact.set(artifact, name);
        return video;
    });
}
function knownKeys(at) {
    if (at.length === 0)
        return 'a manifest has `videos` and optional `defaults`';
    return 'a video takes project-id, patch, vars, resolution, workspace-id, output-path, asset-name, resume-project-id';
}

;// CONCATENATED MODULE: ./src/manifest/select.ts


/** The videos `only` names (comma- or newline-separated), in manifest order; all of them when empty. */
function selectVideos(videos, only) {
    const names = only
        .split(/[,\n]/)
        .map(name => name.trim())
        .filter(name => name !== '');
    if (names.length === 0)
        return [...videos];
    const known = new Set(videos.map(video => video.name));
    const unknown = names.filter(name => !known.has(name));
    if (unknown.length > 0)
        throw new shared_errors/* ActionError */.l(`Input \`only\` names ${unknown.map(n => `"${n}"`).join(', ')}, not in the manifest: use one of ${[...known].join(', ')}.`, { input: 'only' });
    const wanted = new Set(names);
    return videos.filter(video => wanted.has(video.name));
}
/**
 * The videos of one shard, in manifest order. A video's shard depends on its name and the shard count only,
 * so selecting with `only` first or after gives the same videos.
 */
function selectShard(videos, shard) {
    return videos.filter(video => shardOf(video.name, shard.count) === shard.index);
}

;// CONCATENATED MODULE: ./src/run/jobs.ts



/**
 * The run's videos: the step's one video (a manifest of one), or the selected videos of its manifest (`only`),
 * and of those only its shard's with `shard`.
 */
async function videoJobs(settings) {
    const { manifest } = settings;
    const base = videoSettingsOf(settings);
    if (!manifest)
        return { kind: 'single', jobs: [jobOf(base)] };
    const loaded = await loadManifest(manifest.file, {
        workspace: base.workspace,
        artifactNames: base.delivery.modes.has('artifact')
    });
    const selected = selectVideos(loaded.videos, manifest.only);
    const { shard } = manifest;
    const videos = shard ? selectShard(selected, shard) : selected;
    const jobs = videos.map(video => jobOf(base, video));
    if (!shard)
        return { kind: 'manifest', jobs };
    return { kind: 'manifest', jobs, shard: { ...shard, selected: selected.length } };
}
/** What each video takes of the run's settings: every setting but the run's own (a new one comes along). */
function videoSettingsOf(settings) {
    const { credentials, apiUrl, timeoutMs, requestTimeoutMs, manifest, cache, prComment, maxExports, ...video } = settings;
    return video;
}
/** The step's video, or a manifest's video: the step's settings with its keys over them (`vars` merged). */
function jobOf(base, video) {
    const job = { ...base, name: base.projectId };
    if (!video)
        return job;
    return {
        ...job,
        name: video.name,
        at: video.at,
        projectId: video.projectId,
        resumeProjectId: video.resumeProjectId,
        patchPath: video.patch === undefined ? undefined : external_node_path_default().resolve(base.workspace, video.patch),
        vars: { ...base.vars, ...video.vars },
        settings: {
            ...base.settings,
            ...(video.resolution === undefined ? {} : { resolution: video.resolution }),
            ...(video.workspaceId === undefined ? {} : { workspaceId: video.workspaceId })
        },
        outputPath: external_node_path_default().resolve(base.workspace, video.outputPath),
        delivery: { ...base.delivery, assetName: video.assetName }
    };
}

;// CONCATENATED MODULE: ./src/manifest/guard.ts

/**
 * The spending guard: checked after cache hits and before any export, so a manifest that would render more
 * than the limit spends nothing. `limit` 0 means no limit.
 */
function checkExportBudget(needExport, limit) {
    if (limit === 0 || needExport.length <= limit)
        return;
    throw new shared_errors/* ActionError */.l(`${needExport.length} videos need an export (${needExport.join(', ')}), more than \`max-exports\` ${limit}: nothing was exported; set \`max-exports: ${needExport.length}\` (or 0 for no limit) to render them, or select fewer with \`only\`.`, { input: 'max-exports' });
}

;// CONCATENATED MODULE: ./src/manifest/pool.ts
/**
 * Runs `work` for each item, at most `maxParallel` at a time, in the items' order. A failure ends
 * that item only; every item gets an outcome, in the items' order.
 */
async function runPool(items, work, { maxParallel, failFast }) {
    const outcomes = items.map(item => ({ name: item.name, status: 'skipped' }));
    let next = 0;
    let failed = false;
    const worker = async () => {
        while (next < items.length && !(failFast && failed)) {
            const index = next++;
            const item = items[index];
            try {
                outcomes[index] = { name: item.name, status: 'done', value: await work(item) };
            }
            catch (error) {
                failed = true;
                outcomes[index] = { name: item.name, status: 'failed', error };
            }
        }
    };
    const width = Math.max(1, Math.min(maxParallel, items.length));
    await Promise.all(Array.from({ length: width }, worker));
    return outcomes;
}

;// CONCATENATED MODULE: ./src/shared/reporter.ts
/** A reporter that adds a prefix to every line, e.g. the video's name when several render at once. */
function prefixed(reporter, prefix) {
    return {
        log: line => reporter.log(`${prefix}${line}`),
        warn: line => reporter.warn(`${prefix}${line}`),
        group: (name, work) => reporter.group(`${prefix}${name}`, work),
        ...(reporter.debug ? { debug: (line) => reporter.debug?.(`${prefix}${line}`) } : {}),
        ...(reporter.notice ? { notice: (line) => reporter.notice?.(`${prefix}${line}`) } : {}),
        ...(reporter.progress ? { progress: reporter.progress.bind(reporter) } : {})
    };
}

;// CONCATENATED MODULE: ./src/aistudios/cleanup.ts

/**
 * Deletes a render's project once its video is delivered; true when it is gone. A failure is a warning: the
 * video is safe by then, and what is left behind is a project in the account, not a broken run.
 */
async function deleteRenderedProject(studio, projectId, reporter) {
    try {
        const count = await studio.deleteProjects([projectId]);
        reporter.log(count > 0
            ? `Deleted the rendered project ${projectId} from AI Studios (delete-rendered-project: true).`
            : `AI Studios has no project ${projectId} left to delete: it is gone already.`);
        return true;
    }
    catch (error) {
        reporter.warn(`The rendered project ${projectId} could not be deleted (${(0,shared_errors/* messageOf */.b)(error)}): the video was delivered, and the project stays in your AI Studios account; delete it in the dashboard.`);
        return false;
    }
}

// EXTERNAL MODULE: ./src/shared/clock.ts
var shared_clock = __webpack_require__(66103);
// EXTERNAL MODULE: ./src/shared/retry.ts
var retry = __webpack_require__(43091);
// EXTERNAL MODULE: ./node_modules/undici/index.js
var undici = __webpack_require__(46752);
;// CONCATENATED MODULE: ./src/download/verdicts.ts




const MiB = 1 << 20;
/** `bytes 100-199/1000` → {start: 100, end: 199, total: 1000}; anything malformed → undefined. */
function parseContentRange(value) {
    const match = /^bytes (\d+)-(\d+)\/(\d+|\*)$/i.exec(value?.trim() ?? '');
    if (!match)
        return undefined;
    const [start, end] = [Number(match[1]), Number(match[2])];
    const total = match[3] === '*' ? undefined : Number(match[3]);
    if (end < start || (total !== undefined && end >= total))
        return undefined;
    return { start, end, total };
}
/** A Content-Length, or undefined when missing or malformed. */
function parseLength(value) {
    return value !== undefined && /^\d+$/.test(value) ? Number(value) : undefined;
}
/** The total of a 416 answer, `bytes *\/1000` → 1000. */
function parseUnsatisfiedRange(value) {
    const match = /^bytes \*\/(\d+)$/i.exec(value?.trim() ?? '');
    return match ? Number(match[1]) : undefined;
}
/**
 * What `If-Range` can carry: a strong ETag, else Last-Modified. A weak ETag is not allowed there
 * (RFC 9110 §13.1.5), and a server would answer 200 to it, so it is as good as none.
 */
function validatorOf(headers) {
    const etag = headers.etag;
    if (etag && !etag.startsWith('W/'))
        return etag;
    return headers['last-modified'];
}
function rangeHeaders(offset, validator) {
    if (offset === 0)
        return {};
    return { range: `bytes=${offset}-`, ...(validator ? { 'if-range': validator } : {}) };
}
/** The only URLs fetched: https, or http when the caller allows it (the local simulator). */
function checkUrl(url, allowHttp) {
    let parsed;
    try {
        parsed = new URL(url);
    }
    catch {
        throw new shared_errors/* ActionError */.l('The video download URL is not a valid URL.');
    }
    const ok = parsed.protocol === 'https:' || (allowHttp && parsed.protocol === 'http:');
    if (!ok) {
        throw new shared_errors/* ActionError */.l(`The video download URL must use https (got ${parsed.protocol.replace(':', '')}).`);
    }
    return parsed;
}
/** The next hop of a redirect: resolved against the current URL; https never drops to http. */
function verdicts_redirectTarget(from, location, allowHttp) {
    const next = checkUrl(new URL(location, from), allowHttp);
    if (from.protocol === 'https:' && next.protocol !== 'https:') {
        throw new ActionError(`The video download was redirected from https to ${next.protocol}; refused.`);
    }
    return next;
}
function verdicts_isRedirect(status) {
    return [301, 302, 303, 307, 308].includes(status);
}
/** An MP4 (ISO BMFF) file starts with a box whose type, bytes 4..8, is `ftyp`. */
function isMp4Start(head) {
    return head.length >= 8 && head.toString('latin1', 4, 8) === 'ftyp';
}
/** The temporary file beside `dest`, so that the final rename stays on one file system. */
function partPathFor(dest, suffix) {
    return (0,external_node_path_.join)((0,external_node_path_.dirname)(dest), `.${(0,external_node_path_.basename)(dest)}.${suffix}.part`);
}
/** What to do with a response (after redirects), given what is on disk. */
function classifyResponse(status, headers, state, nowMs) {
    const validator = validatorOf(headers);
    if (status === 200) {
        return { kind: 'stream', from: 0, total: parseLength(headers['content-length']), validator };
    }
    if (status === 206)
        return classifyPartial(headers, state, validator);
    if (status === 416) {
        const total = state.total ?? parseUnsatisfiedRange(headers['content-range']);
        if (state.offset > 0 && state.offset === total)
            return { kind: 'complete' };
        return { kind: 'restart', reason: 'the server refused the range (HTTP 416)' };
    }
    if ([403, 404, 410].includes(status)) {
        return { kind: 'refresh', reason: `HTTP ${status}, the URL may have expired` };
    }
    if (status === 408 || status === 429 || (status >= 500 && status <= 599)) {
        return {
            kind: 'retry',
            reason: `HTTP ${status}`,
            delayMs: parseRetryAfter(headers['retry-after'], nowMs)
        };
    }
    return { kind: 'fail', reason: `the server answered HTTP ${status}` };
}
function classifyPartial(headers, state, validator) {
    const range = parseContentRange(headers['content-range']);
    if (!range)
        return { kind: 'restart', reason: 'a 206 answer without a valid Content-Range' };
    if (range.start !== state.offset) {
        return {
            kind: 'restart',
            reason: `the server resumed at byte ${range.start} instead of ${state.offset}`
        };
    }
    if (state.total !== undefined && range.total !== state.total) {
        return { kind: 'restart', reason: `the file's length changed to ${range.total ?? 'unknown'}` };
    }
    // A server that honours Range but ignores If-Range would splice two files; the ETag shows it.
    if (state.validator?.startsWith('"') && headers.etag && headers.etag !== state.validator) {
        return { kind: 'restart', reason: 'the file changed (different ETag)' };
    }
    const kept = state.validator ?? validator;
    return { kind: 'stream', from: range.start, total: range.total, validator: kept };
}
/**
 * A failed attempt counts as progress only when it added a real share of the file: at least 1/64 of
 * the length (1 MiB when the length is unknown). Any byte at all would let a server that always
 * sends a few bytes then cuts be retried until the deadline; with this, at most 64 such attempts
 * can each reset the count, so the whole is bounded whatever the server does.
 */
function isProgress(added, total) {
    return added > 0 && added >= (total === undefined ? MiB : Math.ceil(total / 64));
}
function progressLine(bytes, total, rate) {
    const speed = `${(rate / MiB).toFixed(1)} MiB/s`;
    if (total === undefined || total === 0)
        return `Downloaded ${(0,format/* formatBytes */.z)(bytes)}, ${speed}`;
    const percent = Math.floor((bytes / total) * 100);
    return `Downloaded ${(0,format/* formatBytes */.z)(bytes)} of ${(0,format/* formatBytes */.z)(total)} (${percent} %), ${speed}`;
}

;// CONCATENATED MODULE: ./src/download/http.ts



const MAX_REDIRECTS = 5;
/** Ends an attempt but not the download. */
class http_TransientError extends Error {
    delayMs;
    constructor(message, delayMs) {
        super(message);
        this.delayMs = delayMs;
    }
}
async function get(url, headers, settings) {
    // No Authorization header: the AI Studios token never goes to this host.
    const answer = await request(url, {
        dispatcher: settings.dispatcher,
        signal: settings.signal,
        headers: { 'accept-encoding': 'identity', 'user-agent': 'aistudios-render', ...headers },
        headersTimeout: settings.idleTimeoutMs,
        bodyTimeout: settings.idleTimeoutMs
    }).catch((error) => {
        throw idleOr(error, settings);
    });
    return { statusCode: answer.statusCode, headers: answer.headers, body: answer.body };
}
/** Drops a body not wanted; undici reports a destroyed body as an error, which nobody awaits here. */
function discard(answer) {
    answer.body.on('error', () => { });
    answer.body.destroy();
}
/** undici's timeouts, as the reason a user reads; anything else unchanged. */
function idleOr(error, settings) {
    return error instanceof errors.HeadersTimeoutError || error instanceof errors.BodyTimeoutError
        ? new http_TransientError(`no data for ${settings.idleTimeoutMs / 1000} s`)
        : error;
}
async function getFollowingRedirects(url, headers, settings) {
    let current = url;
    for (let hop = 0;; hop++) {
        const response = await get(current, headers, settings);
        const location = response.headers.location;
        if (!isRedirect(response.statusCode) || typeof location !== 'string')
            return response;
        discard(response);
        if (hop === MAX_REDIRECTS) {
            throw new ActionError(`The video download URL redirected more than ${MAX_REDIRECTS} times.`);
        }
        current = redirectTarget(current, location, settings.allowHttp);
    }
}

// EXTERNAL MODULE: external "node:worker_threads"
var external_node_worker_threads_ = __webpack_require__(75919);
;// CONCATENATED MODULE: ./src/download/wire.ts
/**
 * What the download's two threads say to each other. The main thread keeps the attempt loop (retries, fresh
 * URLs, backoff); the worker owns the socket, the part file and the hash, and reads each answer's verdict
 * (see transfer.ts for why).
 */


/** The worker thread's young generation, which its collections are paced by (download-worker.ts). */
const YOUNG_GENERATION_MB = 1;
function toWire(error) {
    if (error instanceof ActionError)
        return { kind: 'action', message: error.message };
    if (error instanceof TransientError)
        return { kind: 'transient', message: error.message, delayMs: error.delayMs };
    return { kind: 'other', message: messageOf(error) };
}
/** The error as the attempt loop tells them apart: ActionError ends the download, the rest end an attempt. */
function fromWire(error) {
    if (error.kind === 'action')
        return new shared_errors/* ActionError */.l(error.message);
    if (error.kind === 'transient')
        return new http_TransientError(error.message, error.delayMs);
    return new Error(error.message);
}

;// CONCATENATED MODULE: ./src/download/thread-script.ts
/**
 * The script of one of the download's threads (`download-worker`, `download-hasher`). Beside the bundle
 * (dist/) and beside this module in a tsc build, it is `<name>.js`; the sources (under Jest) cannot run on a
 * thread of their own, so they use the bundled one, which Jest's global setup rebuilds whenever it is not the
 * build of the current sources.
 */
function threadScript(name, here = import.meta.url) {
    return here.endsWith('.ts')
        ? new URL(`../../dist/${name}.js`, here)
        : new URL(`./${name}.js`, here);
}

;// CONCATENATED MODULE: ./src/download/transfer.ts
/**
 * The download's I/O, run on a worker thread (download-worker.ts) and driven from here, one command at a
 * time. Receiving, writing and hashing a large file on the main thread, beside the action's other heap,
 * pushed V8 into back-to-back full collections in about half of the runs (1 GiB: 1.7–2.1 s instead of
 * ~1.0 s); on a thread of their own, none of 12 runs slowed down.
 */





class Transfer {
    worker;
    path;
    signal;
    onProgress;
    /** The bytes on disk, as of the worker's last word. */
    size = 0;
    pending;
    nextId = 0;
    stopped;
    onAbort = () => this.worker.postMessage({ type: 'abort' });
    constructor(worker, path, signal, onProgress) {
        this.worker = worker;
        this.path = path;
        this.signal = signal;
        this.onProgress = onProgress;
        worker.on('message', (message) => this.hear(message));
        worker.on('error', error => this.stop(error));
        worker.on('exit', code => this.stop(new Error(`it exited with code ${code}`)));
        signal.addEventListener('abort', this.onAbort, { once: true });
    }
    /** Starts the worker and creates the part file; `onProgress` hears every write. */
    static async open(settings, signal, onProgress) {
        const transfer = new Transfer(new external_node_worker_threads_.Worker(threadScript('download-worker'), {
            // The environment as it is now: the proxy variables a download reads when it starts.
            env: process.env,
            // A small young generation: the worker paces its collections by it (see download-worker.ts).
            resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB }
        }), settings.path, signal, onProgress);
        try {
            await transfer.ask({ type: 'open', settings });
        }
        catch (error) {
            await transfer.close();
            throw error;
        }
        return transfer;
    }
    /**
     * Sends the GET (following redirects) and returns the verdict on its answer, given the bytes on disk and
     * what `known` says of the file. A body to stream is being written when this returns (the file emptied
     * first when it starts at 0); any other body is thrown away.
     */
    get(url, headers, known, nowMs) {
        return this.ask({ type: 'get', url: url.href, headers, known, nowMs });
    }
    /** Waits until the body being streamed has ended. */
    async receive() {
        await this.ask({ type: 'receive' });
    }
    /** Empties the part file and its hash. */
    async restart() {
        await this.ask({ type: 'restart' });
    }
    /** Checks the MP4 start, closes the file and returns its SHA-256. */
    async finish() {
        try {
            return (await this.ask({ type: 'finish' }));
        }
        finally {
            await this.close();
        }
    }
    /** Removes the part file and ends the worker. */
    async discard() {
        try {
            await this.ask({ type: 'discard' });
        }
        catch {
            // A worker that died leaves its file behind: it is removed here.
        }
        finally {
            await this.close();
            await (0,promises_.rm)(this.path, { force: true });
        }
    }
    ask(command) {
        if (this.stopped)
            return Promise.reject(this.stopped);
        return new Promise((resolve, reject) => {
            this.pending = { resolve, reject };
            this.worker.postMessage({ ...command, id: ++this.nextId });
        });
    }
    hear(message) {
        this.size = message.size;
        if (message.type === 'progress')
            return this.onProgress(message.size);
        const pending = this.pending;
        if (message.id !== this.nextId || !pending)
            return;
        this.pending = undefined;
        if (message.type === 'done')
            pending.resolve(message.value);
        else
            pending.reject(fromWire(message.error));
    }
    stop(cause) {
        this.stopped ??= new shared_errors/* ActionError */.l(`The download's worker thread stopped: ${(0,shared_errors/* messageOf */.b)(cause)}.`);
        this.pending?.reject(this.stopped);
        this.pending = undefined;
    }
    async close() {
        this.signal.removeEventListener('abort', this.onAbort);
        this.stopped ??= new Error('the download is over');
        await this.worker.terminate();
    }
}

;// CONCATENATED MODULE: ./src/download/index.ts
/**
 * The video download: one MP4 from a vendor URL to a file, resumable, verified and hashed, with
 * no credentials sent. Pure decisions (what a response means, how long to wait) are exported for
 * unit tests; the I/O (HTTP, the part file and its hash) runs on a worker thread driven through
 * Transfer, one command at a time, by the attempt loop here, which acts on the verdicts the worker
 * reads from each answer.
 */










const MAX_ATTEMPTS = 6;
const MAX_URL_REFRESHES = 2;
const DEFAULT_IDLE_TIMEOUT_MS = 30_000;
const PROGRESS_INTERVAL_MS = 5_000;
// ─── The download ──────────────────────────────────────────────────────────────────────────────
/**
 * Downloads an MP4 to `dest`: streamed to a temporary file beside it, resumed with Range/If-Range
 * after a cut, verified (length, `ftyp`) and hashed, then renamed into place. On any failure
 * nothing is left behind and an existing `dest` is untouched.
 */
async function downloadVideo(options) {
    const { dest, signal } = options;
    signal.throwIfAborted();
    const url = checkUrl(options.url, options.allowHttp ?? false);
    await (0,promises_.mkdir)((0,external_node_path_.dirname)(dest), { recursive: true }).catch((error) => {
        throw new shared_errors/* ActionError */.l(`Cannot create the folder for ${dest}: ${(0,shared_errors/* messageOf */.b)(error)}`);
    });
    const clock = options.clock ?? shared_clock/* systemClock */.m;
    const progress = new Progress(clock, options.log ?? (() => { }), options.onProgress);
    const file = await Transfer.open({
        path: partPathFor(dest, (0,external_node_crypto_.randomBytes)(6).toString('hex')),
        allowHttp: options.allowHttp ?? false,
        idleTimeoutMs: options.idleTimeoutMs ?? DEFAULT_IDLE_TIMEOUT_MS
    }, signal, bytes => progress.update(bytes)).catch((error) => {
        if (error instanceof shared_errors/* ActionError */.l)
            throw error;
        throw new shared_errors/* ActionError */.l(`Cannot write the video beside ${dest}: ${(0,shared_errors/* messageOf */.b)(error)}`);
    });
    try {
        await attempts(file, url, options, { clock, progress });
        const sha256 = await file.finish();
        await (0,promises_.rename)(file.path, dest).catch((error) => {
            throw new shared_errors/* ActionError */.l(`Cannot move the video into place at ${dest}: ${(0,shared_errors/* messageOf */.b)(error)}`);
        });
        return { path: dest, size: file.size, sha256 };
    }
    catch (error) {
        await file.discard();
        throw signal.aborted ? signal.reason : error;
    }
}
/**
 * The attempt loop, with the one retry policy: returns when every byte is on disk. Each attempt resumes
 * where the last one was cut, and the failures are counted since the last real progress (a few bytes per
 * attempt is none, see isProgress), so a long download over a flaky link may resume many times.
 */
async function attempts(file, url, options, { clock, progress }) {
    const { signal, warn = () => { } } = options;
    const context = {
        signal,
        allowHttp: options.allowHttp ?? false,
        clock,
        progress,
        warn,
        refreshUrl: options.refreshUrl
    };
    const session = { url, refreshes: 0, total: undefined, validator: undefined };
    let added = 0;
    const once = async () => {
        const before = file.size;
        try {
            // A refreshed URL is asked for again at once, not after a wait.
            while (!(await download_attempt(file, session, context)))
                ;
        }
        finally {
            added = file.size - before;
        }
    };
    try {
        await (0,retry/* retry */.L)(once, {
            attempts: MAX_ATTEMPTS,
            classify: error => error instanceof shared_errors/* ActionError */.l
                ? false
                : {
                    afterMs: error instanceof http_TransientError ? error.delayMs : undefined,
                    progressed: isProgress(added, session.total)
                },
            clock,
            signal,
            random: options.random,
            onRetry: (error, delayMs, next) => warn(`Download interrupted at ${(0,format/* formatBytes */.z)(file.size)} (${(0,shared_errors/* messageOf */.b)(error)}); retrying in ` +
                `${(delayMs / 1000).toFixed(1)} s (attempt ${next} of ${MAX_ATTEMPTS}).`)
        });
    }
    catch (error) {
        if (error instanceof shared_errors/* ActionError */.l || signal.aborted)
            throw error;
        throw givenUp(error, added > 0, file.size, session.total);
    }
}
/** The error once MAX_ATTEMPTS attempts in a row made no real progress. */
function givenUp(error, trickled, size, total) {
    const short = trickled && total !== undefined
        ? ` The server keeps sending fewer bytes than its Content-Length promises (${(0,format/* formatBytes */.z)(size)} ` +
            `of ${(0,format/* formatBytes */.z)(total)} on disk); try again later or check the download host.`
        : '';
    return new shared_errors/* ActionError */.l(`Downloading the video failed after ${MAX_ATTEMPTS} attempts without progress: ${(0,shared_errors/* messageOf */.b)(error)}.${short}`);
}
/** One request and its body: true when the file is complete, false to ask again at once. */
async function download_attempt(file, session, context) {
    const offset = file.size;
    const known = { total: session.total, validator: session.validator };
    const headers = rangeHeaders(offset, known.validator);
    const verdict = await file.get(session.url, headers, known, context.clock.now());
    switch (verdict.kind) {
        case 'stream': {
            if (verdict.from < offset) {
                context.warn('The server sent the whole file instead of the rest; starting again from 0.');
            }
            session.total = verdict.total;
            session.validator = verdict.validator;
            const { progress } = context;
            progress.expect(verdict.total, file.size);
            await file.receive();
            if (verdict.total !== undefined && file.size < verdict.total) {
                throw new http_TransientError(`the body ended at byte ${file.size} of ${verdict.total}`);
            }
            progress.done(file.size);
            return true;
        }
        case 'complete':
            return true;
        case 'restart':
            await file.restart();
            throw new http_TransientError(verdict.reason);
        case 'refresh':
            if (!context.refreshUrl || session.refreshes === MAX_URL_REFRESHES) {
                throw new shared_errors/* ActionError */.l(`Downloading the video failed: ${verdict.reason}.`);
            }
            session.refreshes++;
            context.warn(`The download URL was rejected (${verdict.reason}); asking for a fresh one.`);
            session.url = checkUrl(await context.refreshUrl(context.signal), context.allowHttp);
            return false;
        case 'retry':
            throw new http_TransientError(verdict.reason, verdict.delayMs);
        case 'fail':
            throw new shared_errors/* ActionError */.l(`Downloading the video failed: ${verdict.reason}.`);
    }
}
/** A progress line at every 10 % and at least every 5 s. */
class Progress {
    clock;
    log;
    onProgress;
    /** The first answer: the rate leaves out the worker thread's start (~0.1 s, a third of a 100 MiB transfer). */
    started;
    lastLineAt;
    lastDecile = 0;
    total;
    constructor(clock, log, onProgress) {
        this.clock = clock;
        this.log = log;
        this.onProgress = onProgress;
        this.lastLineAt = clock.now();
    }
    /** Sets the length to expect, from `bytes` on (the start of a response). */
    expect(total, bytes) {
        this.started ??= this.clock.now();
        this.total = total;
        this.lastDecile = total ? Math.floor((bytes / total) * 10) : 0;
    }
    update(bytes) {
        this.onProgress?.(bytes, this.total);
        const now = this.clock.now();
        const decile = this.total ? Math.floor((bytes / this.total) * 10) : 0;
        if (decile > this.lastDecile || now - this.lastLineAt >= PROGRESS_INTERVAL_MS) {
            this.lastDecile = decile;
            this.lastLineAt = now;
            this.log(progressLine(bytes, this.total, this.rate(bytes, now)));
        }
    }
    /** The closing line, unless the 100 % line was just written. */
    done(bytes) {
        if (this.lastDecile < 10) {
            this.log(progressLine(bytes, this.total, this.rate(bytes, this.clock.now())));
        }
    }
    rate(bytes, now) {
        return bytes / (Math.max(now - (this.started ?? now), 1) / 1000);
    }
}

;// CONCATENATED MODULE: ./src/download/mp4-facts.ts


/** Reads `length` bytes at `position`; fewer at the end of the file. */
async function readAt(file, position, length) {
    const buffer = Buffer.alloc(length);
    const { bytesRead } = await file.read(buffer, 0, length, position);
    return buffer.subarray(0, bytesRead);
}
/**
 * The child boxes of the range [start, end), read header by header so a multi-gigabyte `mdat` is skipped,
 * never loaded: size 1 means a 64-bit largesize follows the type, size 0 means "to the end of the range".
 */
async function* boxes(file, start, end) {
    let position = start;
    while (position + 8 <= end) {
        const header = await readAt(file, position, 16);
        if (header.length < 8)
            return;
        let size = header.readUInt32BE(0);
        const type = header.toString('latin1', 4, 8);
        let headerLength = 8;
        if (size === 1) {
            if (header.length < 16)
                return;
            size = Number(header.readBigUInt64BE(8));
            headerLength = 16;
        }
        else if (size === 0) {
            size = end - position;
        }
        if (size < headerLength || position + size > end) {
            throw new shared_errors/* ActionError */.l(`The MP4 is damaged: box '${type}' at byte ${position} claims ${size} bytes.`);
        }
        yield { type, start: position + headerLength, end: position + size };
        position += size;
    }
}
async function child(file, parent, type) {
    for await (const box of boxes(file, parent.start, parent.end))
        if (box.type === type)
            return box;
    return undefined;
}
/** `mvhd` v0 has 32-bit times and duration, v1 64-bit: the timescale sits after creation and modification. */
async function movieDuration(file, mvhd) {
    const payload = await readAt(file, mvhd.start, 32);
    const version = payload.readUInt8(0);
    const timescale = version === 1 ? payload.readUInt32BE(20) : payload.readUInt32BE(12);
    const units = version === 1 ? Number(payload.readBigUInt64BE(24)) : payload.readUInt32BE(16);
    return timescale === 0 ? 0 : Math.round((units / timescale) * 1000) / 1000;
}
/** `tkhd` ends with width and height as 16.16 fixed point, after a version-dependent header. */
async function trackFrame(file, tkhd) {
    const version = (await readAt(file, tkhd.start, 1)).readUInt8(0);
    const offset = version === 1 ? 88 : 76;
    const frame = await readAt(file, tkhd.start + offset, 8);
    if (frame.length < 8)
        throw new shared_errors/* ActionError */.l('The MP4 is damaged: its video track header is truncated.');
    return {
        width: Math.round(frame.readUInt32BE(0) / 65536),
        height: Math.round(frame.readUInt32BE(4) / 65536)
    };
}
async function handlerType(file, trak) {
    const mdia = await child(file, trak, 'mdia');
    const hdlr = mdia && (await child(file, mdia, 'hdlr'));
    if (!hdlr)
        return undefined;
    // version+flags (4), pre_defined (4), then the handler type.
    return (await readAt(file, hdlr.start + 8, 4)).toString('latin1');
}
/** The duration and frame of the MP4 at `file`, found wherever its `moov` is (before or after `mdat`). */
async function readMp4Facts(file) {
    const { size } = await file.stat();
    let moov;
    for await (const box of boxes(file, 0, size))
        if (box.type === 'moov')
            moov = box;
    if (!moov)
        throw new shared_errors/* ActionError */.l('The downloaded file is not a playable MP4: it has no movie box (moov).');
    const mvhd = await child(file, moov, 'mvhd');
    const duration = mvhd ? await movieDuration(file, mvhd) : 0;
    if (duration <= 0)
        throw new shared_errors/* ActionError */.l('The downloaded MP4 has a zero duration: the render is empty.');
    for await (const trak of boxes(file, moov.start, moov.end)) {
        if (trak.type !== 'trak' || (await handlerType(file, trak)) !== 'vide')
            continue;
        const tkhd = await child(file, trak, 'tkhd');
        if (tkhd)
            return { duration, ...(await trackFrame(file, tkhd)) };
    }
    throw new shared_errors/* ActionError */.l('The downloaded MP4 has no video track.');
}
/** The frames each `resolution` input may produce: landscape or portrait of the vendor's 16:9 sizes. */
const FRAMES = {
    '4k': [[3840, 2160]],
    '1080': [[1920, 1080]],
    '720': [[1280, 720]],
    '480': [
        [854, 480],
        [640, 480]
    ]
};
/** A warning when the frame does not match the requested resolution, else undefined. */
function frameMismatch(resolution, facts) {
    const frames = FRAMES[resolution];
    if (!frames)
        return undefined;
    const matches = frames.some(([w, h]) => (facts.width === w && facts.height === h) || (facts.width === h && facts.height === w));
    if (matches)
        return undefined;
    const expected = frames.map(([w, h]) => `${w}x${h} or ${h}x${w}`).join(' or ');
    return `The video is ${facts.width}x${facts.height} but resolution ${resolution} asks for ${expected}.`;
}
/** The facts of the MP4 at `file`, with a warning when its frame is not the requested resolution's. */
async function checkVideo(file, resolution, warn) {
    const handle = await (0,promises_.open)(file, 'r');
    try {
        const facts = await readMp4Facts(handle);
        const mismatch = frameMismatch(resolution, facts);
        if (mismatch)
            warn(mismatch);
        return facts;
    }
    finally {
        await handle.close();
    }
}

// EXTERNAL MODULE: ./src/aistudios/transport.ts + 5 modules
var transport = __webpack_require__(96333);
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
class RenderFailedError extends shared_errors/* ActionError */.l {
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
    return new shared_errors/* ActionError */.l(`The render of project ${projectId} could not be followed${lastProgress(observations)}: ${error.message.replace(/\.$/, '')}. It may still be rendering.`);
}
function lastProgress(observations) {
    const last = observations.at(-1);
    return last ? ` at ${last.progress.toFixed(1)} %` : '';
}
function seconds(ms) {
    const s = Math.round(ms / 1000);
    return s < 120 ? `${s} s` : `${Math.floor(s / 60)} min ${s % 60} s`;
}

;// CONCATENATED MODULE: ./src/shared/sha256-file.ts




/** Files are read back in pieces of this size: larger pieces did not hash a GiB any faster. */
const READ_BYTES = 1 << 20;
const sha256_file_readAt = (0,external_node_util_.promisify)(external_node_fs_.read);
/**
 * Feeds bytes `from`..`to` of an open file to `hash`, reading through `buffer`; returns the offset it reached,
 * short of `to` when the file ended first (it was truncated meanwhile).
 */
async function hashRange(fd, hash, from, to, buffer) {
    let at = from;
    while (at < to) {
        const { bytesRead } = await sha256_file_readAt(fd, buffer, 0, Math.min(buffer.length, to - at), at);
        if (bytesRead === 0)
            break;
        hash.update(buffer.subarray(0, bytesRead));
        at += bytesRead;
    }
    return at;
}
/** The SHA-256 (hex) and size of a whole file. */
async function sha256File(file) {
    const handle = await (0,promises_.open)(file, 'r');
    try {
        const hash = (0,external_node_crypto_.createHash)('sha256');
        const size = await hashRange(handle.fd, hash, 0, Number.MAX_SAFE_INTEGER, Buffer.allocUnsafe(READ_BYTES));
        return { sha256: hash.digest('hex'), size };
    }
    finally {
        await handle.close();
    }
}

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(31421);
;// CONCATENATED MODULE: ./src/run/poster.ts






/** A frame takes ffmpeg well under a second: a hung ffmpeg must not hold the delivery up for long. */
const FFMPEG_MS = 60_000;
/** A seek to the very end finds no frame: the latest poster is this far before the end. */
const END_MARGIN_SECONDS = 0.5;
/** Whether ffmpeg is on the run's PATH, looked up once per run (a run's environment is its own object). */
const lookups = new WeakMap();
/** The poster frame: a JPEG of the video at `poster-time`, made with the ffmpeg on PATH. */
const posterMaker = {
    kind: { name: 'poster', label: 'Poster', suffix: '.jpg', contentType: 'image/jpeg' },
    async prepare(job, env, report) {
        const { mode, atSeconds } = job.poster;
        if (mode === 'false')
            return undefined;
        const first = !lookups.has(env);
        if (first)
            lookups.set(env, findOnPath('ffmpeg', env));
        const ffmpeg = await lookups.get(env);
        if (ffmpeg)
            return { ffmpeg, atSeconds, required: mode === 'true' };
        if (mode === 'true')
            throw new shared_errors/* ActionError */.l('`poster` is true, but there is no ffmpeg on PATH: install it in an earlier step (docs/poster.md says how on each runner), or set `poster: auto`.', { input: 'poster' });
        if (first)
            (report.notice ?? report.log)('Poster: no ffmpeg on PATH, so no poster frame (poster: auto); docs/poster.md says how to install it.');
        return undefined;
    },
    recipe: (plan, duration) => `frame at ${posterTime(plan.atSeconds, duration).toFixed(3)} s`,
    async make(plan, { video, duration, dest }, signal, report) {
        const at = posterTime(plan.atSeconds, duration);
        const part = `${dest}.part`;
        try {
            await (0,external_node_util_.promisify)(external_node_child_process_.execFile)(plan.ffmpeg, ffmpegArgs(video, at, part), {
                signal,
                timeout: FFMPEG_MS,
                windowsHide: true
            });
            await checkJpeg(part);
            await promises_default().rename(part, dest);
            report.log(`Poster: the frame at ${at.toFixed(3)} s, ${external_node_path_default().basename(dest)}.`);
            return true;
        }
        catch (error) {
            await promises_default().rm(part, { force: true });
            if (signal.aborted)
                throw error;
            const why = reasonOf(error);
            if (plan.required)
                throw new shared_errors/* ActionError */.l(`ffmpeg could not make the poster frame (poster: true): ${why}`, {
                    input: 'poster'
                });
            (report.notice ?? report.log)(`Poster: ffmpeg could not make the poster frame (${why}); delivering the video without it.`);
            return false;
        }
    }
};
/**
 * `poster-time`, within the video: a time past its end is taken `END_MARGIN_SECONDS` before the end (0 for a
 * shorter video).
 */
function posterTime(atSeconds, duration) {
    return Math.min(atSeconds, Math.max(0, duration - END_MARGIN_SECONDS));
}
/** One JPEG frame: a seek before the input (fast, to the key frame then decoded to the time), no prompt. */
function ffmpegArgs(video, at, out) {
    return [
        ...['-hide_banner', '-loglevel', 'error', '-nostdin', '-y'],
        ...['-ss', at.toFixed(3), '-i', video],
        ...['-frames:v', '1', '-c:v', 'mjpeg', '-q:v', '2', '-update', '1', '-f', 'image2', out]
    ];
}
/** A JPEG starts with SOI (FF D8) and ends with EOI (FF D9): anything else is not published. */
async function checkJpeg(file) {
    const bytes = await promises_default().readFile(file);
    const n = bytes.length;
    if (n < 4 ||
        bytes[0] !== 0xff ||
        bytes[1] !== 0xd8 ||
        bytes[n - 2] !== 0xff ||
        bytes[n - 1] !== 0xd9)
        throw new Error(`it wrote ${n} bytes that are not a JPEG`);
}
/** ffmpeg's own last line says why; else the spawn's error (ENOENT, a timeout). */
function reasonOf(error) {
    const stderr = error.stderr;
    const last = typeof stderr === 'string' ? stderr.trim().split('\n').pop()?.trim() : undefined;
    return last || (0,shared_errors/* messageOf */.b)(error);
}
/** An executable file named `command` in a directory of PATH (`.exe` on Windows), absolute. */
async function findOnPath(command, env) {
    // On Windows the variable may be `Path`, and a copied environment is not case-insensitive.
    const pathValue = Object.entries(env).find(([name]) => name.toUpperCase() === 'PATH')?.[1] ?? '';
    const file = process.platform === 'win32' ? `${command}.exe` : command;
    for (const dir of pathValue.split((external_node_path_default()).delimiter).filter(Boolean)) {
        const candidate = external_node_path_default().resolve(dir, file);
        const usable = await promises_default().access(candidate, external_node_fs_.constants.X_OK)
            .then(() => promises_default().stat(candidate))
            .then(stat => stat.isFile())
            .catch(() => false);
        if (usable)
            return candidate;
    }
    return undefined;
}

;// CONCATENATED MODULE: ./src/run/companions.ts




/** Every companion, in delivery order. */
const MAKERS = [posterMaker];
/** The outputs of the companions, set (empty when not made) with the video's. */
const COMPANION_OUTPUTS = MAKERS.flatMap(({ kind }) => [
    `${kind.name}-path`,
    `${kind.name}-url`
]);
/** Each companion this video will have, decided before any export. */
async function prepareCompanions(job, env, report) {
    const planned = [];
    for (const maker of MAKERS) {
        const plan = await maker.prepare(job, env, report);
        if (plan !== undefined)
            planned.push({ maker, plan });
    }
    return planned;
}
/**
 * Each planned companion beside the verified video (`<video><suffix>`): the cached one when it was made the
 * same way, else made now. A companion that could not be made (and is not required) is left out.
 */
async function makeCompanions(planned, video, duration, cached, signal, report) {
    const made = [];
    for (const { maker, plan } of planned) {
        const { kind } = maker;
        const dest = video.path + kind.suffix;
        const recipe = maker.recipe(plan, duration);
        // A file of an earlier run is never taken for this one's.
        await promises_default().rm(dest, { force: true });
        const hit = cached.find(each => each.name === kind.name && each.recipe === recipe);
        if (hit) {
            await promises_default().copyFile(hit.path, dest);
            report.log(`Cache: reusing the ${kind.name} (${external_node_path_default().basename(dest)}).`);
        }
        else if (!(await maker.make(plan, { video: video.path, duration, dest }, signal, report)))
            continue;
        made.push({ ...(await sha256File(dest)), path: dest, kind, recipe });
    }
    return made;
}
/** A delivered video's companion outputs, by output name; empty for one not made or not delivered. */
function companionOutputs(companions, delivered) {
    return Object.fromEntries(MAKERS.flatMap(({ kind: { name } }) => [
        [`${name}-path`, companions.find(each => each.name === name)?.path ?? ''],
        [`${name}-url`, delivered[`${name}-url`] ?? '']
    ]));
}

;// CONCATENATED MODULE: ./src/run/make.ts









/** A failure after the render may have been paid for: the render to resume comes with it. */
class FailedAfterExport extends Error {
    failure;
    renderId;
    constructor(failure, renderId) {
        super('failed after the export');
        this.failure = failure;
        this.renderId = renderId;
    }
}
/**
 * Start or resume, wait, download (or reuse the cached video), check, deliver, then fill the cache. Once a
 * render is started or resumed, a failure comes as `FailedAfterExport`, naming it.
 */
async function makeVideo(ready, context) {
    const { job, source, contentHash: hash } = ready;
    const { studio, signal, reporter, cache } = context;
    const cached = source.kind === 'cached-video';
    let renderId = cached ? undefined : source.kind === 'resume' ? source.renderId : undefined;
    try {
        const { created, ...got } = cached
            ? await reuseCachedVideo(source.hit, ready.videoPath, studio, reporter)
            : await renderAndDownload(ready, renderId, context, id => (renderId = id));
        // Before delivery: a file with no picture is never published, nor left where the video was promised.
        const facts = await checkVideo(got.video.path, job.settings.resolution, reporter.warn).catch(async (error) => {
            await promises_default().rm(got.video.path, { force: true });
            throw error;
        });
        const companions = await makeCompanions(ready.companions, got.video, facts.duration, source.kind === 'cached-video' ? source.hit.companions : [], signal, reporter);
        const { deliverVideo } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 2307));
        const delivered = await reporter.group('Delivering the video', () => (0,deadline/* within */.ux)(job.uploadTimeoutMs, context.cancelled ?? signal, () => new shared_errors/* ActionError */.l(`The upload did not finish within \`upload-timeout-minutes\` (${job.uploadTimeoutMs / 60_000}).`, { input: 'upload-timeout-minutes' }), bound => deliverVideo(ready.delivery, got.video, reporter.log, bound, companions)).catch((error) => {
            if (!(error instanceof deadline/* StoppedError */.Ko))
                throw error;
            throw new shared_errors/* ActionError */.l(`${error.message} The video was downloaded but not delivered: it is at ${external_node_path_default().relative(job.workspace, got.video.path)}.`, error.details);
        }));
        // After delivery: the user's video comes first, and a slow cache must not hold it up. A resumed
        // `resume-project-id` is the user's own render, not this content's: it is not cached.
        if (cache && !got.cacheHit && !job.resumeProjectId)
            await cache.saveVideo(hash, got.video, {
                projectId: got.renderedProjectId,
                resolution: got.resolution,
                downloadUrl: got.downloadUrl
            }, companions);
        const projectDeleted = job.deleteRenderedProject === true &&
            created &&
            (await deleteRenderedProject(studio, got.renderedProjectId, reporter));
        return {
            ...got,
            projectDeleted,
            facts,
            videoPath: external_node_path_default().relative(job.workspace, got.video.path),
            companions: companions.map(each => ({
                name: each.kind.name,
                path: external_node_path_default().relative(job.workspace, each.path)
            })),
            delivery: delivered
        };
    }
    catch (error) {
        throw renderId === undefined ? error : new FailedAfterExport(error, renderId);
    }
}
/** `resumeId` undefined: export now (the one call that spends credits). */
async function renderAndDownload(ready, resumeId, context, started) {
    const { job, contentHash: hash } = ready;
    const { studio, signal, reporter, cache } = context;
    const renderId = resumeId ?? (await studio.startExport(ready.request));
    // The render's pace is learnt from here: the export request's own retries are not render time.
    const startedAt = context.clock.now();
    started(renderId);
    reporter.log(resumeId
        ? `Resuming the render of project ${renderId}.`
        : `Export started: project ${renderId}.`);
    if (cache && !resumeId)
        await cache.saveRender(hash, renderId);
    const done = await reporter.group(`Rendering project ${renderId}`, () => waitForRender({
        progress: id => studio.progress(id),
        projectId: renderId,
        startedAt,
        // Only a render exported just now may not be registered yet; a resumed one was, in an earlier run.
        graceMs: resumeId ? 0 : undefined,
        deadline: context.deadline,
        signal,
        clock: context.clock,
        log: reporter.log,
        warn: reporter.warn,
        onProgress: percent => reporter.progress?.('render', percent, 100)
    }));
    const renderMs = context.clock.now() - startedAt;
    const video = await reporter.group('Downloading the video', () => downloadVideo({
        url: done.downloadUrl,
        dest: ready.videoPath,
        signal,
        allowHttp: context.allowHttp,
        refreshUrl: () => freshDownloadUrl(studio, renderId),
        clock: context.clock,
        log: reporter.log,
        warn: reporter.warn,
        onProgress: (bytes, total) => reporter.progress?.('download', bytes, total)
    }));
    return {
        renderedProjectId: renderId,
        resolution: job.settings.resolution,
        renderMs,
        downloadUrl: done.downloadUrl,
        video,
        cacheHit: false,
        // Only the edited copy is this run's own: route C renders the source project itself.
        created: !resumeId && ready.request.route === 'create' && renderId !== job.projectId
    };
}
/** A verified video from the cache, put at `videoPath`; the download URL is asked afresh (never a render). */
async function reuseCachedVideo(hit, videoPath, studio, reporter) {
    reporter.log(`Cache: reusing the video rendered as project ${hit.meta.projectId} (0 exports).`);
    await promises_default().mkdir(external_node_path_default().dirname(videoPath), { recursive: true });
    await promises_default().copyFile(hit.video.path, videoPath);
    const downloadUrl = await freshDownloadUrl(studio, hit.meta.projectId).catch(() => hit.meta.downloadUrl ?? '');
    return {
        renderedProjectId: hit.meta.projectId,
        resolution: hit.meta.resolution,
        renderMs: 0,
        downloadUrl,
        video: { ...hit.video, path: videoPath },
        cacheHit: true,
        created: false
    };
}
/** The progress endpoint hands out the current download URL; asking it never starts another render. */
async function freshDownloadUrl(studio, projectId) {
    const { downloadUrl } = await studio.progress(projectId);
    if (!downloadUrl)
        throw new shared_errors/* ActionError */.l(`AI Studios no longer offers a download URL for project ${projectId}.`);
    return downloadUrl;
}

// EXTERNAL MODULE: ./src/aistudios/exact-json.ts
var exact_json = __webpack_require__(55245);
;// CONCATENATED MODULE: ./src/aistudios/export-request.ts

const RESOLUTIONS = (/* unused pure expression or super */ null && (['4k', '1080', '720', '480']));
/**
 * Fields of the fetched project that the create call documents beside the scenes: carried over as they came,
 * so a project's pronunciations (`dictionary`) survive the edit.
 */
const CARRIED_FIELDS = ['dictionary'];
/** `edited` is the project after the patch, undefined when there is no patch. */
function exportRequest(projectId, settings, edited) {
    const common = {
        resolution: settings.resolution,
        ...(settings.workspaceId ? { workspaceId: settings.workspaceId } : {}),
        ...(settings.webhookUrl ? { webhookUrl: settings.webhookUrl } : {})
    };
    if (!edited)
        return { route: 'export', path: 'editor/project/export', body: { projectId, ...common } };
    // Only what the tutorial sends: ids, owner and state of the source project are the server's to set.
    const { name, orientation, scenes } = edited;
    const carried = Object.fromEntries(CARRIED_FIELDS.filter(field => edited[field] !== undefined).map(field => [field, edited[field]]));
    return {
        route: 'create',
        path: 'editor/project',
        body: { name, orientation, scenes, ...carried, ...common, isExport: true }
    };
}
/** A one-line account of the request, for the log and the dry-run summary. */
function describeRequest(request) {
    if (request.route === 'export')
        return `POST /api/odin/v3/${request.path} ${(0,exact_json/* writeJson */.GF)(request.body)}`;
    const { scenes, ...rest } = request.body;
    return `POST /api/odin/v3/${request.path} ${(0,exact_json/* writeJson */.GF)({ ...rest, scenes: `[${scenes.length} scenes]` })}`;
}

;// CONCATENATED MODULE: ./src/cache/content-hash.ts



/**
 * Bumped when what goes into the hash changes, so old cache entries can never match new ones.
 * v2: a plain export's hash covers the carried fields (`dictionary`) as a create's does.
 */
const CONTENT_HASH_VERSION = 'v2';
/**
 * What determines the rendered video, and nothing else: for create+export the body that is sent, for a plain
 * export the fetched project's content as a create would carry it (so an edit made in the editor, pronunciations
 * included, changes it; the one list of carried fields is the export request's). `webhookUrl` only says who
 * hears about the render, not what it looks like.
 */
function contentOf(request, fetched) {
    const body = request.route === 'create'
        ? { ...request.body, route: 'create' }
        : plainExportContent(request, fetched);
    delete body.webhookUrl;
    return body;
}
function plainExportContent(request, fetched) {
    const { projectId, ...settings } = request.body;
    // The body's settings are the ExportSettings the request was built from.
    const asCreate = exportRequest(projectId, settings, fetched);
    return { ...asCreate.body, route: 'export' };
}
/** `v2-<sha256 hex>` of the canonical serialization of `contentOf`. */
function contentHash(request, fetched) {
    const digest = (0,external_node_crypto_.createHash)('sha256')
        .update(canonicalJson(contentOf(request, fetched)))
        .digest('hex');
    return `${CONTENT_HASH_VERSION}-${digest}`;
}
/**
 * JSON with object keys sorted at every depth and no whitespace, so equal values give equal bytes whatever
 * order the patch or the API wrote them in; numbers as AI Studios wrote them (the bytes that are sent), so
 * two projects that differ in the 20th digit of a number differ here too. `undefined` members are dropped,
 * as JSON.stringify drops them.
 */
function canonicalJson(value) {
    return (0,exact_json/* writeJson */.GF)(value, true);
}

;// CONCATENATED MODULE: ./src/shared/output-path.ts

/** `videos/<slug of the project name>.mp4` in the workspace; the project id when the name has no letters. */
function defaultOutputPath(workspace, projectName, projectId) {
    return external_node_path_default().join(workspace, 'videos', `${slug(projectName ?? '') || projectId}.mp4`);
}
function slug(name) {
    return name
        .normalize('NFKD')
        .replace(/[\u0300-\u036f]/g, '')
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, '-')
        .slice(0, 80)
        .replace(/^-+|-+$/g, '');
}

;// CONCATENATED MODULE: ./src/run/plan.ts






/**
 * The plan phase fetches each distinct project once, however many videos render it: a manifest of 500
 * videos of 3 projects asks AI Studios 3 times, and holds 3 projects. The patch never changes what it is
 * given (`planEdits` works on a copy), so the videos share the fetched value; a failed fetch fails them all.
 */
function fetchOncePerProject(studio) {
    const fetched = new Map();
    return projectId => {
        const known = fetched.get(projectId);
        if (known)
            return known;
        const fetching = studio.getProject(projectId);
        fetched.set(projectId, fetching);
        return fetching;
    };
}
/**
 * The checks that need only the project: the patch loaded and applied to the fetched project (vars,
 * placeholders, selectors), the export request, its content hash and the output path. Reads, never writes.
 */
async function planVideo(job, context, fetchProject) {
    const { reporter } = context;
    const patch = job.patchPath
        ? await loadPatch(job.patchPath, { workspace: job.workspace })
        : undefined;
    // Fetched even without a patch: what AI Studios can render is checked before the export, and an edit in
    // the editor changes the content hash.
    const source = await fetchProject(job.projectId);
    const plan = patch ? planEdits(source, patch, job.vars) : undefined;
    if (plan) {
        const count = plan.changes.length;
        reporter.log(`Plan: ${count} change${count === 1 ? '' : 's'}`);
        for (const line of planLines(plan))
            reporter.log(line);
    }
    const rendered = plan?.project ?? source;
    if (rendered.scenes.length === 0)
        throw new shared_errors/* ActionError */.l(`Project ${job.projectId} has no scenes${plan ? ' once the patch is applied' : ''}: AI Studios cannot render an empty project; add a scene in the editor${plan ? ', or keep the patch from removing every scene' : ''}.`);
    const request = exportRequest(job.projectId, job.settings, plan?.project);
    const hash = contentHash(request, source);
    reporter.log(`Content hash: ${hash}`);
    const videoPath = job.outputPath ?? defaultOutputPath(job.workspace, rendered.name, job.projectId);
    // Before anything is spent: a directory or a symlink out of the workspace would only fail after the render.
    await checkOutputPath(job.workspace, videoPath);
    return {
        job,
        plan,
        request,
        videoPath,
        contentHash: hash,
        ...(patch ? {} : { unpatched: source })
    };
}
/** What a real run would do, from the cache's own answer; nothing is restored or written. */
async function dryRunOf(planned, context) {
    const { job, contentHash: hash } = planned;
    const { cache, reporter } = context;
    const request = describeRequest(planned.request);
    const result = (needsExport, cacheHit = false) => ({
        request,
        cacheHit,
        needsExport,
        cacheOn: cache !== undefined
    });
    if (job.resumeProjectId) {
        reporter.log(`A real run would resume project ${job.resumeProjectId}: no new export.`);
        return result(false);
    }
    if (!cache)
        return result(true);
    if (await cache.lookupOnly(hash)) {
        reporter.log('A real run would reuse the cached video: no render needed.');
        return result(false, true);
    }
    const renderId = await cache.lookupRender(hash);
    if (renderId) {
        reporter.log(`A real run would resume render ${renderId}, started earlier for this content: no new export.`);
        return result(false);
    }
    reporter.log('A real run would export: no cached video for this content.');
    return result(true);
}

;// CONCATENATED MODULE: ./src/cache/decisions.ts
/**
 * The render a cut-short run started for this content, if AI Studios still has it going or done; when it says
 * the render failed or does not know it, undefined (and why), so the run exports anew. An answer that says
 * neither is no reason to pay again: the render is resumed and the wait decides.
 */
async function cachedRender(cache, hash, probe, reporter) {
    const renderId = await cache.lookupRender(hash);
    if (!renderId)
        return undefined;
    const answer = await probe(renderId);
    if (answer.state === 'going') {
        reporter.log(`Cache: resuming render ${renderId}, started earlier for this content (0 new exports).`);
        return renderId;
    }
    if (answer.state === 'unclear') {
        reporter.log(`Cache: AI Studios gave no clear answer about the cached render ${renderId} (${answer.reason}); resuming it rather than exporting again.`);
        return renderId;
    }
    reporter.log(`Cache: the cached render ${renderId} cannot be resumed (${answer.reason}); exporting anew.`);
    return undefined;
}

;// CONCATENATED MODULE: ./src/run/prepare.ts






/**
 * What must be known before the export is paid for: that the video can be delivered, and whether the cache
 * already has the video or a render of this content. A cached video is restored here, so the decision holds.
 */
async function prepareVideo(planned, context) {
    const { job, videoPath } = planned;
    const { reporter, studio } = context;
    // Loaded here, not at start-up: the GitHub clients are most of the bundle, and bad input or a dry run
    // should answer at once.
    const { prepareDelivery } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 2307));
    const companions = await prepareCompanions(job, context.env, reporter);
    const delivery = await reporter.group('Checking where the video goes', () => prepareDelivery(job.delivery, external_node_path_default().basename(videoPath), context.env, reporter.log, context.clock, companions.map(each => each.maker.kind.suffix)));
    for (const file of await removeStaleParts(videoPath))
        reporter.log(`Removed ${external_node_path_default().basename(file)}, left by an earlier run that was stopped.`);
    return { ...planned, delivery, companions, source: await sourceOf() };
    async function sourceOf() {
        if (job.resumeProjectId)
            return { kind: 'resume', renderId: job.resumeProjectId };
        const { cache } = context;
        const hash = planned.contentHash;
        if (!cache)
            return { kind: 'export' };
        const hit = await cache.lookupVideo(hash, { resolution: job.settings.resolution });
        if (hit)
            return { kind: 'cached-video', hit };
        const renderId = await cachedRender(cache, hash, renderProbe(studio), reporter);
        return renderId ? { kind: 'resume', renderId } : { kind: 'export' };
    }
}
/** A cached render as AI Studios sees it: a transient or unreadable answer is no reason to pay again. */
function renderProbe(studio) {
    return async (renderId) => {
        try {
            const status = classifyProgress(await studio.progress(renderId));
            return status.kind === 'failed'
                ? { state: 'failed', reason: `it failed: ${status.reason}` }
                : { state: 'going' };
        }
        catch (error) {
            const reason = error instanceof Error ? error.message : String(error);
            const unclear = error instanceof transport/* StudioError */.b && (error.transient || error.kind === 'unreadable');
            return { state: unclear ? 'unclear' : 'failed', reason };
        }
    };
}

;// CONCATENATED MODULE: ./src/run/videos.ts








/**
 * Every video of a run, one path whether it is one video or a manifest's hundred. First every video is planned
 * and prepared (its patch applied to its fetched project, its delivery checked, the cache asked) and the
 * `max-exports` guard counts what is left to export: any failure there ends the run with nothing exported.
 * Then the videos are made, at most `maxParallel` at once, and a failure ends its own video only.
 */
async function runVideos(kind, jobs, options, context) {
    const contextOf = videoContexts(kind, jobs, context);
    // The checks run `max-parallel` at a time and never stop at a failure: every mistake shows in one run.
    const checks = { maxParallel: options.maxParallel, failFast: false };
    const stopped = (results) => {
        const failed = results.filter(result => result.status === 'failed').length;
        if (kind === 'manifest')
            context.reporter.log(`Nothing was exported: the checks of ${failed} of ${jobs.length} videos failed; fix them and run again.`);
        return { kind, results };
    };
    const fetchProject = fetchOncePerProject(context.studio);
    const planning = await runPool(jobs, job => planVideo(job, contextOf(job), fetchProject).catch((error) => {
        throw locatedIn(job, error);
    }), checks);
    // Two videos of one content would pay twice for one video, and with no patch would render one project
    // twice at once: refused, with the cache or without it.
    const planOutcomes = oncePerContent(jobs, planning);
    const planned = allDone(planOutcomes);
    if (!planned)
        return stopped(planOutcomes.map((outcome, i) => resultOf(jobs[i], outcome.status === 'done' ? outcome.value : undefined, outcome)));
    if (options.dryRun) {
        const outcomes = await runPool(named(planned), each => dryRunOf(each, contextOf(each.job)), checks);
        const results = outcomes.map((outcome, i) => outcome.status === 'done'
            ? { ...resultOf(jobs[i], planned[i]), status: 'planned', dryRun: outcome.value }
            : resultOf(jobs[i], planned[i], outcome));
        if (kind === 'manifest')
            logDryRun(results, context.reporter);
        return { kind, results };
    }
    const prepareOutcomes = await runPool(named(planned), each => prepareVideo(each, contextOf(each.job)), checks);
    const ready = allDone(prepareOutcomes);
    if (!ready)
        return stopped(prepareOutcomes.map((outcome, i) => resultOf(jobs[i], planned[i], outcome)));
    checkExportBudget(ready.filter(each => each.source.kind === 'export').map(each => each.job.name), options.maxExports);
    const outcomes = await runPool(named(ready), each => makeVideo(each, contextOf(each.job)), options);
    const results = outcomes.map((outcome, i) => {
        const { source } = ready[i];
        if (outcome.status !== 'done') {
            const failed = resultOf(jobs[i], ready[i], outcome);
            // A render this run's export started is paid for, whatever became of it afterwards.
            return source.kind === 'export' && failed.renderId ? { ...failed, exported: true } : failed;
        }
        const status = source.kind === 'cached-video' ? 'cached' : source.kind === 'resume' ? 'resumed' : 'rendered';
        return {
            ...resultOf(jobs[i], ready[i]),
            status,
            renderId: outcome.value.renderedProjectId,
            report: outcome.value,
            ...(status === 'rendered' ? { exported: true } : {})
        };
    });
    return { kind, results };
}
/**
 * A video's result from what is known of it (its plan, when planning got that far) and how its last step
 * ended: failed, or else skipped (another video's checks failed, or fail-fast stopped the pool).
 */
function resultOf(job, planned, ending) {
    const base = {
        name: job.name,
        status: 'skipped',
        sourceProjectId: job.projectId,
        ...(planned?.plan ? { plan: planned.plan } : {}),
        ...(planned?.contentHash ? { contentHash: planned.contentHash } : {}),
        ...(planned?.unpatched ? { unpatched: planned.unpatched } : {})
    };
    if (ending?.status !== 'failed')
        return base;
    const { error } = ending;
    return error instanceof FailedAfterExport
        ? { ...base, status: 'failed', error: error.failure, renderId: error.renderId }
        : { ...base, status: 'failed', error };
}
/** The values of a checking step, when every video passed it. */
function allDone(outcomes) {
    const values = outcomes.flatMap(outcome => (outcome.status === 'done' ? [outcome.value] : []));
    return values.length === outcomes.length ? values : undefined;
}
/** The pool names its items: a video's name is its job's. */
function named(items) {
    return items.map(item => ({ ...item, name: item.job.name }));
}
/** The log names the videos a real run would render. */
function logDryRun(results, reporter) {
    const toRender = results.filter(result => result.dryRun?.needsExport).map(result => result.name);
    reporter.log(toRender.length === 0
        ? `Dry run: none of the ${results.length} videos needs a render.`
        : `Dry run: ${toRender.length} of ${results.length} videos would need a render: ${toRender.join(', ')}.`);
}
/**
 * Two videos of the same content (project, edits, vars and resolution) would each pay for an export, and
 * their cache entries are one: the second is refused at its entry, before anything is spent.
 */
function oncePerContent(jobs, outcomes) {
    const first = new Map();
    return outcomes.map((outcome, index) => {
        const hash = outcome.status === 'done' ? outcome.value.contentHash : undefined;
        const at = jobs[index].at;
        if (!hash || !at)
            return outcome;
        const earlier = first.get(hash);
        if (earlier === undefined) {
            first.set(hash, outcome.name);
            return outcome;
        }
        const error = failAt(at, `video \`${outcome.name}\` renders the same content as \`${earlier}\` (same project, edits and resolution), so it would be paid for twice: remove one of them, or copy the other's video in a later step.`);
        return { name: outcome.name, status: 'failed', error };
    });
}
/**
 * A planning failure of a manifest's video that names no place in a file (the project cannot be fetched, the
 * output path is a folder) is about the video's own entry: it is located there, so every failure points somewhere.
 */
function locatedIn(job, error) {
    if (!job.at || !(error instanceof shared_errors/* ActionError */.l) || error.details.location)
        return error;
    const located = failAt(job.at, error.message);
    return new shared_errors/* ActionError */.l(located.message, { ...error.details, ...located.details });
}
/**
 * A manifest's videos render side by side and the runner's groups cannot nest or interleave: a video's group
 * becomes a line that names it, and every line carries the video's prefix. A single video reports as it is.
 */
function videoContexts(kind, jobs, context) {
    if (kind === 'single')
        return () => context;
    const { reporter } = context;
    const flat = {
        log: reporter.log,
        warn: reporter.warn,
        debug: reporter.debug,
        notice: reporter.notice,
        group: async (name, work) => {
            reporter.log(`${name}…`);
            return work();
        }
    };
    const contexts = new Map(jobs.map(job => [job.name, { ...context, reporter: prefixed(flat, `[${job.name}] `) }]));
    return job => contexts.get(job.name) ?? context;
}

;// CONCATENATED MODULE: ./src/run/index.ts



/**
 * A run: the client and the cache, the videos (one, or a manifest's), each planned and checked before any
 * export, then made; the result of every video. Loaded by the action and the CLI only once the settings are read, so a bad
 * setting answers at once.
 */
async function renderRun(settings, host) {
    const { StudioClient } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 51595));
    const { signal, cancelled, deadline } = host.run;
    const studio = new StudioClient({
        apiUrl: settings.apiUrl,
        credentials: settings.credentials,
        signal,
        requestTimeoutMs: settings.requestTimeoutMs,
        clock: host.clock,
        reporter: host.reporter,
        redactor: host.redactor,
        onSecret: host.onSecret
    });
    const cache = settings.cache
        ? await (await __webpack_require__.e(/* import() */ 893).then(__webpack_require__.bind(__webpack_require__, 79893))).VideoCache.open({ reporter: host.reporter, tempDir: host.tempDir, env: host.env, signal })
        : undefined;
    const { kind, jobs, shard } = await videoJobs(settings);
    if (shard)
        host.reporter.log(shardLine(shard, jobs.map(job => job.name), shard.selected));
    const pool = settings.manifest ?? { maxParallel: 1, failFast: false };
    const options = { ...pool, maxExports: settings.maxExports, dryRun: settings.dryRun };
    const run = await runVideos(kind, jobs, options, {
        studio,
        signal,
        cancelled,
        deadline,
        clock: host.clock,
        env: host.env,
        reporter: host.reporter,
        allowHttp: new URL(settings.apiUrl).protocol === 'http:',
        ...(cache ? { cache } : {})
    });
    return shard ? { ...run, shard } : run;
}

;// CONCATENATED MODULE: ./src/run/resume.ts

/**
 * The render a failed video can be fetched from without a new export: the one it started or resumed, unless
 * AI Studios said that render failed (there is nothing to fetch then).
 */
function resumableRender(result) {
    return result.error instanceof RenderFailedError ? undefined : result.renderId;
}
/**
 * The one sentence that tells how to fetch a paid-for render: a single video names the setting in the words
 * of the user's edge; a manifest's video names its manifest key, the same at every edge.
 */
function resumeHint(renderId, where) {
    return 'video' in where
        ? `To download it without a new export, set \`resume-project-id: ${renderId}\` on video ${where.video} in the manifest.`
        : `To download it without a new export, re-run with ${where.setting(renderId)}.`;
}

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
;// CONCATENATED MODULE: ./src/shared/process-signals.ts


/** How long a cancelled run may take to clean up before it is ended without waiting for stragglers. */
const CANCEL_GRACE_MS = 5000;
/**
 * SIGINT (the runner's cancel, Ctrl-C) and SIGTERM (the runner's follow-up) cancel the run's signal, so every
 * wait and request ends within seconds; a run still going after the grace period exits with `exitCode`.
 * Returns the function that stops listening.
 */
function cancelOnSignals(run, stop, received) {
    const { exitCode, cancelMessage = name => `The job was cancelled (${name}).` } = stop;
    const onSignal = (name) => {
        received(name);
        run.cancel(cancelMessage(name));
        setTimeout(() => process.exit(exitCode(name)), CANCEL_GRACE_MS).unref();
    };
    process.once('SIGINT', onSignal);
    process.once('SIGTERM', onSignal);
    return () => {
        process.off('SIGINT', onSignal);
        process.off('SIGTERM', onSignal);
    };
}
/** The shell's exit status for a process a signal stopped: 128 + its number (130 for SIGINT, 143 for SIGTERM). */
function signalExitCode(signal) {
    return 128 + external_node_os_.constants.signals[signal];
}
/**
 * Runs `work` under the run's signal: its deadline (`timeoutMs` from now, on `clock`) and a cancel by
 * SIGINT/SIGTERM; both are released when the work ends, however it ends. A run a signal stopped exits with
 * `exitCode(signal)`: at once after the grace period, else `process.exitCode` once the work has ended (its
 * failure is still reported by the caller, which keeps a code already set).
 */
async function underRunSignal(run, work) {
    const signal = (0,deadline/* startRunSignal */.sR)(run.timeoutMs, run.clock.now(), run.deadlineMessage);
    let stoppedBy;
    const unlisten = cancelOnSignals(signal, run, name => (stoppedBy = name));
    try {
        return await work(signal);
    }
    finally {
        signal.dispose();
        unlisten();
        if (stoppedBy)
            process.exitCode = run.exitCode(stoppedBy);
    }
}

// EXTERNAL MODULE: ./src/cli/failure.ts
var failure = __webpack_require__(82372);
;// CONCATENATED MODULE: ./src/cli/json.ts




/**
 * What `plan --json` and `render --json` print on standard output (docs/cli.md): one entry per video, in the
 * manifest's order (one for a single project). Progress and failures still go to standard error.
 */
const RunJsonSchema = schemas/* strictObject */.rej({
    videos: schemas/* array */.YOg(schemas/* strictObject */.rej({
        /** The manifest's name of the video; the project id for a single video. */
        name: schemas/* string */.YjP(),
        status: schemas/* enum */.k5n(['rendered', 'cached', 'resumed', 'planned', 'failed', 'skipped']),
        projectId: schemas/* string */.YjP(),
        /** The patch's changes, as `plan` lists them; absent without a patch. */
        changes: schemas/* array */.YOg(schemas/* looseObject */._H3({ kind: schemas/* enum */.k5n(['name', 'script', 'clip', 'op']) }))
            .optional(),
        /** A delivered video: the absolute path of the MP4, its size in bytes and SHA-256. */
        video: schemas/* strictObject */.rej({ path: schemas/* string */.YjP(), size: schemas/* number */.aig(), sha256: schemas/* string */.YjP() }).optional(),
        renderedProjectId: schemas/* string */.YjP().optional(),
        /** A failure, one line in the terminal's words. */
        error: schemas/* string */.YjP().optional(),
        /** A render that was started (and charged) but not delivered: `render --resume <id>` fetches it. */
        resume: schemas/* string */.YjP().optional()
    }))
});
function runJson(results, workspace) {
    return {
        videos: results.map(result => {
            const { report } = result;
            const resume = result.status === 'failed' ? resumableRender(result) : undefined;
            return {
                name: result.name,
                status: result.status,
                projectId: result.sourceProjectId,
                ...(result.plan ? { changes: result.plan.changes } : {}),
                ...(report
                    ? {
                        video: {
                            path: external_node_path_default().resolve(workspace, report.videoPath),
                            size: report.video.size,
                            sha256: report.video.sha256
                        },
                        renderedProjectId: report.renderedProjectId
                    }
                    : {}),
                ...(result.status === 'failed' ? { error: (0,failure.oneLine)(result.error) } : {}),
                ...(resume ? { resume } : {})
            };
        })
    };
}

;// CONCATENATED MODULE: ./src/run/result.ts
const isDelivered = (result) => result.status === 'rendered' || result.status === 'cached' || result.status === 'resumed';
function spendingOf(results) {
    const count = (test) => results.filter(test).length;
    return {
        exports: count(result => result.exported === true),
        renderedSeconds: results.reduce((sum, result) => sum + (result.exported ? (result.report?.facts.duration ?? 0) : 0), 0),
        cached: count(result => result.status === 'cached'),
        resumed: count(result => result.status === 'resumed'),
        wouldExport: count(result => result.dryRun?.needsExport === true)
    };
}
/** "2 exports (31.5 s of video), 1 from the cache, 0 resumed", or what a dry run would spend. */
function spendingLine(results) {
    const spent = spendingOf(results);
    if (results.some(result => result.status === 'planned'))
        return `Dry run: 0 exports; a real run would start ${plural(spent.wouldExport, 'export')}.`;
    const seconds = spent.exports ? ` (${spent.renderedSeconds.toFixed(1)} s of video)` : '';
    return `${plural(spent.exports, 'export')}${seconds}, ${spent.cached} from the cache, ${spent.resumed} resumed.`;
}
const plural = (n, word) => `${n} ${word}${n === 1 ? '' : 's'}`;

;// CONCATENATED MODULE: ./src/cli/manifest.ts





/**
 * `render --manifest FILE`: a line per video on stdout (unless `--json` printed them) and, for each failed
 * one, one line on stderr; 1 when any failed.
 */
function printManifestResults(results, workspace, lines = true) {
    const failed = results.filter(result => result.status === 'failed');
    if (lines)
        process.stdout.write(results.map(result => `${result.name}: ${outcome(result, workspace)}\n`).join(''));
    for (const result of failed)
        process.stderr.write(`aistudios-render: ${result.name}: ${manifest_failure(result)}\n`);
    return failed.length ? 1 : 0;
}
function outcome(result, workspace) {
    const { report } = result;
    if (!report || !isDelivered(result))
        return result.status;
    const { size, sha256 } = report.video;
    return [
        `path: ${external_node_path_default().resolve(workspace, report.videoPath)}`,
        `size: ${(0,format/* formatBytes */.z)(size)} (${size} bytes)`,
        `sha256: ${sha256}`,
        `rendered project: ${report.renderedProjectId}`
    ].join(' ');
}
/** Once an export may have been charged, the line names the render and how to fetch it without paying again. */
function manifest_failure(result) {
    const message = (0,failure.oneLine)(result.error);
    const render = resumableRender(result);
    return render ? `${message} ${resumeHint(render, { video: result.name })}` : message;
}

// EXTERNAL MODULE: ./src/settings/declarations.ts + 1 modules
var declarations = __webpack_require__(13102);
// EXTERNAL MODULE: ./src/settings/values.ts
var settings_values = __webpack_require__(535);
;// CONCATENATED MODULE: ./src/settings/reader.ts


/**
 * Typed access to each setting: its text (trimmed), or its declared default when that is unset or empty, read
 * by its kind's reader. The optional readers give undefined when both the text and the default are empty.
 */
function settingReader(get, wording, workspace) {
    const values = (0,settings_values/* valueReaders */.i)(wording, workspace);
    const textOf = (name) => get(name)?.trim() || (0,declarations/* declaration */.HK)(name).default;
    const optional = (name, read) => {
        const text = textOf(name);
        return text ? read(text) : undefined;
    };
    return {
        /** Whether the user gave the setting a value of their own. */
        given: (name) => Boolean(get(name)?.trim()),
        text: (name) => optional(name, text => text),
        boolean: (name) => values.boolean(as(name, 'boolean').d, textOf(name)),
        /** A positive or whole number; its declaration has a default. */
        number: (name) => {
            const d = (0,declarations/* declaration */.HK)(name);
            if (d.kind.type === 'positive')
                return values.positive(d, d.kind, textOf(name));
            const { kind } = as(name, 'whole');
            return values.whole(d, kind, textOf(name));
        },
        whole: (name) => {
            const { d, kind } = as(name, 'whole');
            return optional(name, text => values.whole(d, kind, text));
        },
        choice: (name) => {
            const { d, kind } = as(name, 'choice');
            return values.choice(d, kind, textOf(name));
        },
        url: (name) => {
            const { d, kind } = as(name, 'url');
            return optional(name, text => values.url(d, kind, text));
        },
        path: (name) => {
            const { d, kind } = as(name, 'path');
            return optional(name, text => values.path(d, kind, text));
        },
        projectId: (name) => optional(name, text => values.projectId(as(name, 'project-id').d, text)),
        upload: (name) => values.upload(as(name, 'upload').d, textOf(name)),
        fileName: (name) => optional(name, text => values.fileName(as(name, 'file-name').d, text)),
        map: (name) => optional(name, text => values.map(as(name, 'map').d, text)) ?? {}
    };
}
/** The declaration of a setting read as `type`: a mismatch is a bug of the parser, not a user's mistake. */
function as(name, type) {
    const d = (0,declarations/* declaration */.HK)(name);
    if (d.kind.type !== type)
        throw new Error(`${name} is a ${d.kind.type} setting, not a ${type} one`);
    return { d, kind: d.kind };
}

;// CONCATENATED MODULE: ./src/settings/parse.ts





/**
 * Every setting, typed and checked, failing on the first bad one with a message in the user's words. What it
 * returns is the run's `Settings` type (types.ts): a new setting is a declaration and a line here.
 */
function parseSettings(get, wording, context) {
    const s = settingReader(get, wording, context.workspace);
    const manifest = readManifest(s, wording, context.workspace);
    const resumeProjectId = s.projectId('resume-project-id');
    const webhookUrl = s.url('webhook-url');
    const settings = {
        resolution: s.choice('resolution'),
        workspaceId: s.text('workspace-id'),
        webhookUrl: webhookUrl?.href
    };
    return {
        /** Empty for a manifest run (each video names its own); the resumed render's id when only that is given. */
        projectId: manifest ? '' : readProjectId(s, wording, resumeProjectId),
        /** Skip the export: poll and download a render that was started earlier. */
        resumeProjectId,
        /** Absolute, inside the workspace. */
        patchPath: s.path('patch'),
        /** The user's placeholder values over the run's own (`github.sha`, ...). */
        vars: { ...context.runVars, ...s.map('vars') },
        credentials: readCredentials(s, wording),
        /** Without a trailing `/`. */
        apiUrl: s.url('api-url').href.replace(/\/+$/, ''),
        settings,
        /** The run's deadline: export, render and download. */
        timeoutMs: s.number('timeout-minutes') * 60_000,
        /** Delivery's own deadline, counted from the end of the download. */
        uploadTimeoutMs: s.number('upload-timeout-minutes') * 60_000,
        /** The bound of one request to AI Studios. */
        requestTimeoutMs: s.number('request-timeout-seconds') * 1000,
        /** Absolute, inside the workspace; undefined means `videos/<slug of the project name>.mp4`. */
        outputPath: s.path('output-path'),
        dryRun: s.boolean('dry-run'),
        cache: s.boolean('cache'),
        /** After delivery, delete the project this run's export created (never the source, resumed or cached one). */
        deleteRenderedProject: s.boolean('delete-rendered-project'),
        /** The poster frame, a JPEG of the video made with ffmpeg, delivered, cached and output beside it. */
        poster: {
            /** `auto`: when ffmpeg is on PATH; `true`: required (checked before any export); `false`: none. */
            mode: s.choice('poster'),
            /** Seconds into the video; the run clamps it to the video's duration. */
            atSeconds: s.number('poster-time')
        },
        /** Absolute: where relative paths resolve and which the run's files may not leave. */
        workspace: context.workspace,
        delivery: readDelivery(s, wording, context),
        /** The most exports the run may start; 0: no limit. */
        maxExports: s.number('max-exports'),
        /** Set when the run renders a manifest's videos; `projectId`, `patchPath` and `outputPath` are then unset. */
        manifest,
        /** Set with `pr-comment: true`: the token that writes the pull request's comment. */
        prComment: s.boolean('pr-comment')
            ? { token: requireToken(s, wording, 'pr-comment', 'write pull-request comments') }
            : undefined
    };
}
function fail(name, message) {
    throw new settings_values/* SettingError */.L(message, name);
}
/** A manifest names each video's project, patch, output and resumed render: the run takes none of its own. */
function readManifest(s, wording, workspace) {
    const file = s.path('manifest');
    const manifest = (0,declarations/* declaration */.HK)('manifest');
    const gather = s.boolean('gather');
    if (!file) {
        const sharding = ['shard', 'shard-count'].find(name => s.given(name));
        if (sharding || gather)
            fail(sharding ?? 'gather', `${wording.subject((0,declarations/* declaration */.HK)(sharding ?? 'gather'))} needs ${wording.mention(manifest)}: shards split a manifest's videos; ${wording.howToSet(manifest)}.`);
        return undefined;
    }
    for (const single of ['project-id', 'patch', 'resume-project-id', 'output-path']) {
        const d = (0,declarations/* declaration */.HK)(single);
        if (s.given(single))
            fail('manifest', `${wording.subject(manifest)} is set together with ${wording.mention(d)}: the manifest names each video's ${single}; ${wording.howToRemove(d)}.`);
    }
    return {
        /** Relative to the workspace, with `/`, as the manifest's messages show it. */
        file: external_node_path_default().relative(workspace, file).split((external_node_path_default()).sep).join('/'),
        /** The selected videos' names, comma- or newline-separated; empty for all. */
        only: s.text('only') ?? '',
        maxParallel: s.number('max-parallel'),
        failFast: s.boolean('fail-fast'),
        ...readShard(s, wording, gather),
        shardCount: s.whole('shard-count'),
        gather
    };
}
/** `i/n` as `jest --shard` spells it; a gather reads every shard, so it takes none. */
function readShard(s, wording, gather) {
    const text = s.text('shard');
    if (!text)
        return {};
    const d = (0,declarations/* declaration */.HK)('shard');
    if (gather)
        fail('shard', `${wording.subject(d)} is set together with ${wording.mention((0,declarations/* declaration */.HK)('gather'))}: the gather job reports every shard; ${wording.howToRemove(d)}.`);
    const shard = parseShard(text);
    if (!shard)
        fail('shard', `${wording.given(d, text)}: use i/n (shard i of n) with 1 <= i <= n <= ${MAX_SHARDS}, e.g. ${wording.example(d, '2/8')}.`);
    return { shard };
}
function readProjectId(s, wording, resumeProjectId) {
    const id = s.projectId('project-id') ?? resumeProjectId;
    if (id)
        return id;
    return fail('project-id', `${wording.subject((0,declarations/* declaration */.HK)('project-id'))} is required: set it to the last part of the project's editor URL (https://app.aistudios.com/editor/<project-id>).`);
}
function readCredentials(s, wording) {
    const [apiKey, appId, userKey] = ['api-key', 'app-id', 'user-key'].map(name => s.text(name));
    const [key, app, user] = ['api-key', 'app-id', 'user-key'].map(declarations/* declaration */.HK);
    if (apiKey && (appId || userKey))
        fail('api-key', `${wording.subject(key)} is set together with ${wording.mention(app)}/${wording.mention(user)}: keep either ${wording.mention(key)}, or ${wording.mention(app)} with ${wording.mention(user)}.`);
    if (apiKey)
        return { apiKey };
    if (appId && userKey)
        return { appId, userKey };
    if (appId)
        fail('user-key', `${wording.subject(user)} ${wording.unset}, but ${wording.mention(app)} is set: ${wording.howToSet(user)}.`);
    if (userKey)
        fail('app-id', `${wording.subject(app)} ${wording.unset}, but ${wording.mention(user)} is set: ${wording.howToSet(app)}.`);
    return fail('api-key', `${wording.subject(key)} ${wording.unset}, and so are ${wording.mention(app)} and ${wording.mention(user)}: ${wording.howToSet(key)}, or ${wording.mention(app)} and ${wording.mention(user)} (from https://account.aistudios.com/user/api-key).`);
}
/** Everything delivery needs is known before the render, so its mistakes cost no credits. */
function readDelivery(s, wording, context) {
    const modes = s.upload('upload');
    const options = {
        modes,
        retentionDays: s.whole('retention-days'),
        overwrite: s.boolean('overwrite'),
        assetName: s.fileName('asset-name')
    };
    if (!modes.has('release'))
        return options;
    const releaseTag = s.text('release-tag')?.replace(/^refs\/tags\//, '') || context.releaseTag;
    if (!releaseTag)
        fail('release-tag', `${wording.subject((0,declarations/* declaration */.HK)('release-tag'))} is required when ${wording.mention((0,declarations/* declaration */.HK)('upload'))} includes release and the run was not started by a ` +
            `release or a tag push (GITHUB_REF is ${context.ref || 'unset'}): set it, e.g. ${wording.example((0,declarations/* declaration */.HK)('release-tag'), 'v1.2.0')}.`);
    return {
        ...options,
        releaseTag,
        token: requireToken(s, wording, 'upload', 'write the repository contents')
    };
}
function requireToken(s, wording, why, may) {
    const token = s.text('github-token');
    if (token)
        return token;
    const d = (0,declarations/* declaration */.HK)('github-token');
    const reason = why === 'upload'
        ? `${wording.mention((0,declarations/* declaration */.HK)('upload'))} includes release`
        : `${wording.mention((0,declarations/* declaration */.HK)('pr-comment'))} is true`;
    return fail('github-token', `${wording.subject(d)} ${wording.unset}, but ${reason}: leave it at its default (${d.runnerDefault}) or pass a token that may ${may}.`);
}

// EXTERNAL MODULE: ./src/settings/words.ts
var settings_words = __webpack_require__(66552);
// EXTERNAL MODULE: ./src/cli/usage.ts
var usage = __webpack_require__(27485);
;// CONCATENATED MODULE: ./src/cli/settings.ts





/**
 * The terminal's side of the settings: the command's flags and argument, and the AISTUDIOS_* variables, read
 * by the same parser as the action's inputs, with the same defaults, in the terminal's words. The terminal
 * delivers nothing and keeps no cache; `plan` is a dry run.
 */
async function readTerminalSettings(name, projectId, values, env, cwd) {
    const flags = new Set(usage/* COMMANDS */.Lo[name].settings);
    const varsFile = typeof values.vars === 'string' ? values.vars : undefined;
    const fixed = {
        'dry-run': String(name === 'plan'),
        cache: 'false',
        upload: 'none',
        overwrite: 'false',
        vars: varsFile === undefined ? undefined : await readVarsFile(varsFile)
    };
    const get = (setting) => {
        if (Object.hasOwn(fixed, setting))
            return fixed[setting];
        const { cli } = (0,declarations/* declaration */.HK)(setting);
        if (!cli)
            return undefined;
        if ('argument' in cli)
            return projectId;
        if ('env' in cli)
            return env[cli.env];
        const value = flags.has(setting) ? values[cli.flag] : undefined;
        return typeof value === 'string' ? value : undefined;
    };
    // The vars' messages name the file they come from.
    const words = (0,settings_words/* terminalWords */.AC)(d => d.name === 'vars' && varsFile ? `--vars ${varsFile}` : undefined);
    const settings = parseSettings(get, words, { workspace: cwd, runVars: {} });
    return { ...settings, vars: { ...settings.vars, ...readVarFlags(values.var) } };
}
async function readVarsFile(file) {
    try {
        return await (0,promises_.readFile)(file, 'utf8');
    }
    catch (error) {
        throw new usage/* UsageError */.eb(`--vars ${file}: ${error.message.split('\n')[0]}`);
    }
}
/** Each `--var NAME=VALUE`, over the `--vars` file. */
function readVarFlags(pairs) {
    const vars = {};
    for (const pair of (pairs ?? [])) {
        const equals = pair.indexOf('=');
        if (equals < 1)
            throw new usage/* UsageError */.eb(`--var "${pair}" must be NAME=VALUE, e.g. --var version=1.2.0`);
        vars[pair.slice(0, equals)] = pair.slice(equals + 1);
    }
    return vars;
}

;// CONCATENATED MODULE: ./src/cli/terminal.ts

/**
 * The CLI's reporter: lines on stderr (stdout carries the command's answer), and on a TTY a progress bar
 * for the render, then the download, in place of the progress lines.
 */
async function terminalReporter(stream = process.stderr, verbose = false) {
    // The run's lines name settings as inputs of the step: here they name the flags and variables.
    const words = (0,settings_words/* terminalWords */.AC)();
    const write = (line) => void stream.write(`${(0,settings_words/* reworded */.Fg)(line, words)}\n`);
    // --verbose: every AI Studios exchange, as a user reporting an account that answers differently needs it.
    const extra = {
        notice: line => write(`notice: ${line}`),
        ...(verbose ? { debug: (line) => write(`debug: ${line}`) } : {})
    };
    if (!stream.isTTY) {
        const reporter = {
            ...extra,
            log: write,
            warn: line => write(`warning: ${line}`),
            group: async (name, work) => {
                write(`== ${name}`);
                return work();
            }
        };
        return { reporter, stop: () => { } };
    }
    const { SingleBar, Presets } = (await __webpack_require__.e(/* import() */ 502).then(__webpack_require__.t.bind(__webpack_require__, 98502, 23))).default;
    let bar;
    let step;
    const stop = () => {
        bar?.stop();
        bar = undefined;
        step = undefined;
    };
    const reporter = {
        ...extra,
        // While a bar runs, its own lines would only repeat it.
        log: line => void (bar ? undefined : write(line)),
        warn: line => write(`${bar ? '\n' : ''}warning: ${line}`),
        group: async (name, work) => {
            write(`== ${name}`);
            try {
                return await work();
            }
            finally {
                stop();
            }
        },
        progress: (next, done, total) => {
            if (step !== next) {
                stop();
                step = next;
                const format = next === 'render'
                    ? 'render   [{bar}] {percentage}%'
                    : 'download [{bar}] {percentage}% {value}/{total} bytes';
                bar = new SingleBar({ format, stream, hideCursor: true }, Presets.shades_classic);
                bar.start(total ?? 0, 0);
            }
            if (total !== undefined)
                bar?.setTotal(total);
            bar?.update(Math.round(done));
        }
    };
    return { reporter, stop };
}

;// CONCATENATED MODULE: ./src/cli/commands.ts
















/** `projectId` is undefined only for `render --manifest`. */
async function runCommand(name, projectId, values) {
    const settings = await readTerminalSettings(name, projectId, values, process.env, process.cwd());
    // Before the project is fetched: a file in the way costs a request for nothing.
    if (name === 'init')
        await checkOut(values);
    const deadline = {
        timeoutMs: settings.timeoutMs,
        clock: shared_clock/* systemClock */.m,
        deadlineMessage: 'The deadline (--timeout-minutes) passed.',
        exitCode: signalExitCode,
        cancelMessage: (signal) => `Stopped by ${signal === 'SIGINT' ? 'Ctrl-C (SIGINT)' : signal}.`
    };
    return underRunSignal(deadline, run => command(name, settings, values, run));
}
const out = (lines) => void process.stdout.write(`${lines.join('\n')}\n`);
async function command(name, settings, values, run) {
    const { reporter, stop } = await terminalReporter(process.stderr, values.verbose === true);
    try {
        if (name === 'outline' || name === 'init') {
            const studio = new client.StudioClient({
                apiUrl: settings.apiUrl,
                credentials: settings.credentials,
                signal: run.signal,
                requestTimeoutMs: settings.requestTimeoutMs,
                // Nothing to mask: the CLI never prints what the API hands out.
                onSecret: () => { },
                reporter
            });
            const project = await studio.getProject(settings.projectId);
            if (name === 'outline') {
                const outline = projectOutline(project);
                out(values.json ? [JSON.stringify(outline, null, 2)] : outlineLines(outline));
            }
            else
                await writeStarter(starterPatch(project, settings.projectId), values, reporter.log);
            return 0;
        }
        if (name === 'plan' && !settings.patchPath)
            throw new usage/* UsageError */.eb('plan needs --patch FILE');
        const host = {
            reporter,
            clock: shared_clock/* systemClock */.m,
            env: process.env,
            run,
            onSecret: () => { },
            tempDir: process.cwd()
        };
        const { results } = await renderRun(settings, host);
        stop();
        if (values.json)
            out([JSON.stringify(runJson(results, settings.workspace), null, 2)]);
        if (settings.manifest)
            return printManifestResults(results, settings.workspace, !values.json);
        const [video] = results;
        if (video.status === 'failed')
            throw failureOf(video);
        if (values.json)
            return 0;
        if (video.plan && name === 'plan')
            out(planLines(video.plan));
        if (video.report) {
            const { video: file, renderedProjectId } = video.report;
            out([
                `path: ${file.path}`,
                `size: ${(0,format/* formatBytes */.z)(file.size)} (${file.size} bytes)`,
                `sha256: ${file.sha256}`,
                `rendered project: ${renderedProjectId}`
            ]);
        }
        return 0;
    }
    finally {
        stop();
    }
}
/** `init --out FILE`: refused when FILE exists, unless `--force`. */
async function checkOut(values) {
    if (typeof values.out !== 'string' || values.force)
        return;
    const exists = await (0,promises_.access)(values.out).then(() => true, () => false);
    if (exists)
        throw outExists(values.out);
}
const outExists = (file) => new usage/* UsageError */.eb(`--out ${file} exists: add --force to replace it, or name another file`);
/** `init`: the starter patch on stdout, or into `--out FILE` (its folders created), over a file only with `--force`. */
async function writeStarter(yaml, values, log) {
    if (typeof values.out !== 'string')
        return out([yaml.trimEnd()]);
    const file = values.out;
    await (0,promises_.mkdir)(external_node_path_default().dirname(external_node_path_default().resolve(file)), { recursive: true });
    // `wx` again: a file that appeared during the fetch is not overwritten either.
    await (0,promises_.writeFile)(file, yaml, { flag: values.force ? 'w' : 'wx' }).catch((error) => {
        throw error.code === 'EEXIST' ? outExists(file) : error;
    });
    log(`Wrote ${file}: edit what should change, then run plan with --patch ${file}.`);
}
/**
 * Once an export may have been charged, every ending names it and how to fetch it without paying again; a
 * render that failed at AI Studios cannot be fetched.
 */
function failureOf(video) {
    const { error } = video;
    const render = resumableRender(video);
    if (render && error instanceof Error)
        error.message = `${error.message} The render is project ${render}. ${resumeHint(render, { setting: id => `--resume ${id}` })}`;
    return error;
}


/***/ }),

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

/***/ 52132:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  j3: () => (/* binding */ DeadlineError),
  Ko: () => (/* binding */ StoppedError),
  sR: () => (/* binding */ startRunSignal),
  ux: () => (/* binding */ within)
});

// UNUSED EXPORTS: CancelledError

// EXTERNAL MODULE: external "node:async_hooks"
var external_node_async_hooks_ = __webpack_require__(16698);
// EXTERNAL MODULE: external "node:diagnostics_channel"
var external_node_diagnostics_channel_ = __webpack_require__(53053);
;// CONCATENATED MODULE: ./src/shared/abandon.ts


/*
 * Work that is abandoned may sit inside a library that takes no signal (@actions/cache, @actions/artifact and
 * the Azure blob client under them): its requests would go on, and their sockets and the libraries' stall
 * timers would keep the process alive after the run has ended. Node publishes every node:http request on a
 * diagnostics channel, in the async context of the code that started it, so the requests of the work are
 * known without the library's help, and are destroyed when its signal aborts. The error is one no client
 * retries (no network error code), so the library gives up and clears its own timers.
 */
const scope = new external_node_async_hooks_.AsyncLocalStorage();
let listening = false;
/** Runs `work` so that every node:http request it starts, at any depth, is destroyed when `signal` aborts. */
function cancelRequestsOnAbort(signal, work) {
    if (!listening) {
        (0,external_node_diagnostics_channel_.subscribe)('http.client.request.start', onRequest);
        listening = true;
    }
    return scope.run(signal, work);
}
function onRequest(message) {
    const signal = scope.getStore();
    if (!signal)
        return;
    const { request } = message;
    const abandon = () => {
        request.destroy(Object.assign(new Error('abandoned: the run stopped waiting'), { code: 'ERR_ABANDONED' }));
    };
    if (signal.aborted)
        return abandon();
    signal.addEventListener('abort', abandon, { once: true });
    request.once('close', () => signal.removeEventListener('abort', abandon));
}

// EXTERNAL MODULE: ./src/shared/clock.ts
var shared_clock = __webpack_require__(66103);
// EXTERNAL MODULE: ./src/shared/errors.ts
var errors = __webpack_require__(58382);
;// CONCATENATED MODULE: ./src/shared/deadline.ts



/** The run ran out of time (`timeout-minutes`). */
class DeadlineError extends errors/* ActionError */.l {
}
/** The job was cancelled (SIGINT/SIGTERM from the runner, Ctrl-C in a terminal). */
class CancelledError extends errors/* ActionError */.l {
}
/** Work that was stopped by its own bound or by the signal it was given, abandoned where it stood. */
class StoppedError extends errors/* ActionError */.l {
}
/**
 * One signal for the run's deadline and for cancellation, passed to every wait and request. The deadline's
 * value is on the run's clock (`now`); its timer is the process's, because it must also end I/O that no
 * clock sees. `deadlineMessage` names the setting in the words the user knows.
 */
function startRunSignal(timeoutMs, now, deadlineMessage) {
    const controller = new AbortController();
    const cancelController = new AbortController();
    const timer = setTimeout(() => controller.abort(new DeadlineError(deadlineMessage)), timeoutMs);
    return {
        signal: controller.signal,
        cancelled: cancelController.signal,
        deadline: now + timeoutMs,
        cancel: reason => {
            const error = new CancelledError(reason);
            controller.abort(error);
            cancelController.abort(error);
        },
        dispose: () => clearTimeout(timer)
    };
}
/**
 * Runs `work` under a bound of its own (`timeoutMs`, with `onTimeout` as the reason) and `outer` (the run's
 * signal): `work` gets a signal that aborts at either, and when it does not stop on it (a library that takes
 * no signal, a stalled blob PUT) it is raced and abandoned, so the caller always goes on, and the requests it
 * has in flight are destroyed, so that they hold nothing open. The error thrown
 * then is a `StoppedError` carrying the reason's message and details. The bound is on `clock` (the process's
 * time by default); on simulated time it passes as soon as no earlier sleeper is left, so a test arms it on
 * an event rather than hoping I/O is quicker.
 */
async function within(timeoutMs, outer, onTimeout, work, clock = shared_clock/* systemClock */.m) {
    const bound = new AbortController();
    const settled = new AbortController();
    clock.sleep(timeoutMs, settled.signal).then(() => bound.abort(onTimeout()), () => { });
    const signal = outer ? AbortSignal.any([outer, bound.signal]) : bound.signal;
    let onAbort = () => { };
    const stopped = new Promise((_, reject) => {
        onAbort = () => reject(stoppedBy(signal.reason));
        if (signal.aborted)
            onAbort();
        else
            signal.addEventListener('abort', onAbort, { once: true });
    });
    try {
        return await Promise.race([cancelRequestsOnAbort(signal, () => work(signal)), stopped]);
    }
    finally {
        settled.abort();
        signal.removeEventListener('abort', onAbort);
    }
}
function stoppedBy(reason) {
    const details = reason instanceof errors/* ActionError */.l ? reason.details : {};
    return new StoppedError((0,errors/* messageOf */.b)(reason), details);
}


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


/***/ }),

/***/ 36338:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   X: () => (/* binding */ formatSize),
/* harmony export */   z: () => (/* binding */ formatBytes)
/* harmony export */ });
/** For log lines and messages: "300.0 KiB", "2.1 GiB". */
function formatBytes(bytes) {
    const units = ['KiB', 'MiB', 'GiB'];
    let value = bytes;
    let unit = -1;
    while (value >= 1024 && unit < units.length - 1) {
        value /= 1024;
        unit++;
    }
    return unit < 0 ? `${bytes} bytes` : `${value.toFixed(1)} ${units[unit]}`;
}
/** For a size beside a limit: whole units where they are exact ("1 MiB", "2.5 MiB"), KiB rounded up. */
function formatSize(bytes) {
    if (bytes < 1024 * 1024)
        return `${Math.ceil(bytes / 1024)} KiB`;
    const mib = bytes / 1024 / 1024;
    return `${Number.isInteger(mib) ? mib : mib.toFixed(1)} MiB`;
}


/***/ }),

/***/ 78451:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   u: () => (/* binding */ isRecord)
/* harmony export */ });
/** A JSON object (a map), not an array and not null. */
function isRecord(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}


/***/ }),

/***/ 48932:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   b: () => (/* binding */ redactSecretFields),
/* harmony export */   p: () => (/* binding */ Redactor)
/* harmony export */ });
/**
 * Knows every secret of the run (api-key, user-key, minted tokens, github-token) and scrubs them from any text
 * that came from outside before it reaches an error message, a log line, the summary or an output: the job
 * summary is not masked by the runner the way the log is.
 */
class Redactor {
    secrets = new Set();
    constructor(secrets = []) {
        for (const secret of secrets)
            this.add(secret);
    }
    add(secret) {
        // Very short values would blank out ordinary words; the runner's masking draws the same line.
        if (secret !== undefined && secret.trim().length >= 4)
            this.secrets.add(secret);
    }
    redact(text) {
        let out = text;
        // Longest first, so a secret that contains another is replaced whole.
        for (const secret of [...this.secrets].sort((a, b) => b.length - a.length))
            out = out.split(secret).join('***');
        return out;
    }
}
/** A JSON field whose name says it holds a credential: `token`, `apiKey`, `user_key`, `password`, ... */
const SECRET_FIELD = /("[A-Za-z0-9_-]*(?:token|key|secret|password|authorization)"\s*:\s*)"(?:[^"\\]|\\.)*"/gi;
/**
 * JSON text with the string value of every field named like a credential blanked: for text logged before the
 * secrets it carries are known (a token answer, as it arrives).
 */
function redactSecretFields(text) {
    return text.replace(SECRET_FIELD, '$1"***"');
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
