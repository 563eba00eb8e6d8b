export const id = 595;
export const ids = [595];
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
            : JSON.stringify(Object.fromEntries(fresh.map(({ path, value }) => [path, value]))).slice(0, SHOWN_CHARS);
        return `AI Studios sent a ${answer} with fields this action does not know (${names}); please report them: ${shown}`;
    }
}
function isRecord(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}

// EXTERNAL MODULE: ./src/aistudios/transport.ts + 2 modules
var transport = __webpack_require__(75244);
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
        this.transport = new transport/* Transport */.oK({
            apiUrl: options.apiUrl,
            signal: options.signal,
            requestTimeoutMs: options.requestTimeoutMs,
            clock: options.clock,
            redactor: this.redactor,
            dispatcher: options.dispatcher,
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
        if (line)
            this.options.reporter?.log(this.redactor.redact(line));
        return value;
    }
    /**
     * A call with the Authorization header. A minted token can expire mid-run (it lives 24 h, a job can start
     * near its end): on 401 it is minted again, once. A fixed `api-key` that is refused is the user's to fix.
     */
    async authorized(budget, method, path, answer, json) {
        const call = async () => this.read(answer, budget, method, path, {
            authorization: await this.authorization(),
            json
        });
        try {
            return await call();
        }
        catch (error) {
            if (!(error instanceof transport/* StudioError */.b) || error.status !== 401)
                throw error;
            if ('apiKey' in this.options.credentials) {
                throw new errors/* ActionError */.l(`AI Studios rejected the \`api-key\` (HTTP 401): check the secret holds a valid key (sent raw, without "Bearer"), or use \`app-id\` and \`user-key\` instead.`, { input: 'api-key' });
            }
            this.token = undefined;
            try {
                return await call();
            }
            catch (retryError) {
                if (retryError instanceof transport/* StudioError */.b && retryError.status === 401) {
                    throw new errors/* ActionError */.l(`AI Studios rejected a freshly minted token (HTTP 401): ${retryError.message}`, { input: 'user-key' });
                }
                throw retryError;
            }
        }
    }
    async authorization() {
        const credentials = this.options.credentials;
        if ('apiKey' in credentials)
            return credentials.apiKey;
        this.token ??= this.mintToken(credentials);
        return this.token;
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
                throw new errors/* ActionError */.l(`AI Studios refused to mint a token for \`app-id\` and \`user-key\` (HTTP ${error.status}): check both secrets (the user key is shown once at https://account.aistudios.com/user/api-key).`, { input: 'user-key' });
            }
            throw error;
        }
    }
}


/***/ }),

/***/ 49442:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   J8: () => (/* binding */ ProjectSchema),
/* harmony export */   Lt: () => (/* binding */ PROGRESS_ANSWER),
/* harmony export */   RW: () => (/* binding */ DELETE_ANSWER),
/* harmony export */   bE: () => (/* binding */ SuccessEnvelopeSchema),
/* harmony export */   rJ: () => (/* binding */ TOKEN_ANSWER),
/* harmony export */   sq: () => (/* binding */ EXPORT_ANSWER),
/* harmony export */   tI: () => (/* binding */ PROJECT_ANSWER),
/* harmony export */   up: () => (/* binding */ ErrorEnvelopeSchema)
/* harmony export */ });
/* unused harmony exports ClipSchema, SceneScriptSchema, SceneSchema, GetProjectDataSchema, ProjectIdSchema, ExportDataSchema, DeleteDataSchema, TokenDataSchema, ProgressDataSchema */
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(38816);

/*
 * Schemas of AI Studios v3 answers (docs/aistudios-api.md). Every answer is parsed once, here, at the
 * edge. Objects are loose: fields we do not know about are kept, so a fetched scene round-trips untouched.
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
const DeleteDataSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .looseObject */ ._H3({ deletedCount: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().int().nonnegative() });
/** `POST /auth/token` */
const TokenDataSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .looseObject */ ._H3({ token: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().min(1) });
/**
 * `GET /editor/progress/{id}`. `state` exists (the official samples log it) but its values are undocumented,
 * so it stays a free string and `classifyProgress` decides what it means.
 */
const ProgressDataSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .looseObject */ ._H3({
    // A number, or the same number as a string (a variant seen in the wild); anything else is not a progress.
    progress: zod__WEBPACK_IMPORTED_MODULE_0__/* .union */ .KCZ([
        zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig(),
        zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP()
            .regex(/^\s*\d+(?:\.\d+)?\s*$/)
            .transform(Number)
    ])
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
    error: zod__WEBPACK_IMPORTED_MODULE_0__/* .looseObject */ ._H3({ code: zod__WEBPACK_IMPORTED_MODULE_0__/* .union */ .KCZ([zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig()]).optional(), msg: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().optional() })
        .optional()
});
const SuccessEnvelopeSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({ success: zod__WEBPACK_IMPORTED_MODULE_0__/* .literal */ .euz(true), data: zod__WEBPACK_IMPORTED_MODULE_0__/* .unknown */ .L5J() });


/***/ }),

/***/ 75244:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  b: () => (/* binding */ StudioError),
  oK: () => (/* binding */ Transport)
});

// UNUSED EXPORTS: dashboardUrl, exportMayHaveBeenCharged

// EXTERNAL MODULE: ./node_modules/undici/index.js
var undici = __webpack_require__(46752);
// EXTERNAL MODULE: ./src/shared/backoff.ts
var backoff = __webpack_require__(39393);
// EXTERNAL MODULE: ./src/shared/clock.ts
var clock = __webpack_require__(66103);
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

// EXTERNAL MODULE: ./src/shared/redact.ts
var redact = __webpack_require__(48932);
;// CONCATENATED MODULE: ./src/shared/retry-after.ts
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

// EXTERNAL MODULE: ./src/aistudios/schema.ts
var aistudios_schema = __webpack_require__(49442);
;// CONCATENATED MODULE: ./src/aistudios/transport.ts








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
const ATTEMPTS = { read: 5, poll: 1, spend: 4, cleanup: 3 };
const transport_RETRY_AFTER_CAP_MS = {
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
    constructor(options) {
        this.options = options;
        this.clock = options.clock ?? clock/* systemClock */.m;
        this.redactor = options.redactor ?? new redact/* Redactor */.p();
        this.dispatcher = options.dispatcher ?? outboundDispatcher();
    }
    /** One call: the answer's `data`, parsed with `schema`, or a `StudioError` that says what went wrong. */
    async call(budget, method, path, schema, init = {}) {
        const what = `${method.toUpperCase()} /${path}`;
        for (let attempt = 1;; attempt++) {
            const outcome = await this.attempt(budget, what, method, path, schema, init);
            if (outcome.ok)
                return outcome.received;
            if (!outcome.retry || attempt >= ATTEMPTS[budget])
                throw outcome.error;
            const delay = Math.max((0,backoff/* backoffDelay */.E)(attempt, this.options.random ?? Math.random), Math.min(outcome.retryAfterMs ?? 0, transport_RETRY_AFTER_CAP_MS[budget]));
            this.options.onRetry?.(`${outcome.error.message}; retry ${attempt} of ${what} in ${Math.ceil(delay / 1000)} s`, budget);
            await this.clock.sleep(delay, this.options.signal);
        }
    }
    async attempt(budget, what, method, path, schema, init) {
        const { signal, requestTimeoutMs } = this.options;
        if (signal.aborted)
            throw signal.reason;
        const timeout = new AbortController();
        const timer = setTimeout(() => timeout.abort(new Error('request timeout')), requestTimeoutMs);
        const attemptSignal = AbortSignal.any([signal, timeout.signal]);
        let status;
        let text;
        let retryAfter = null;
        try {
            const headers = { accept: 'application/json' };
            if (init.authorization !== undefined)
                headers.authorization = init.authorization;
            if (init.json !== undefined)
                headers['content-type'] = 'application/json';
            const response = await (0,undici.request)(new URL(path, withSlash(this.options.apiUrl)), {
                method: method.toUpperCase(),
                headers,
                body: init.json === undefined ? undefined : JSON.stringify(init.json),
                dispatcher: this.dispatcher,
                signal: attemptSignal,
                // undici's own timers bound the wait for headers and every pause of the body; the timer above bounds
                // the whole exchange, so a body that trickles a byte at a time ends too.
                headersTimeout: requestTimeoutMs,
                bodyTimeout: requestTimeoutMs,
                // Credentials never follow a redirect: a 3xx is answered as an error below.
                maxRedirections: 0
            });
            status = response.statusCode;
            const header = response.headers['retry-after'];
            retryAfter = Array.isArray(header) ? (header[0] ?? null) : (header ?? null);
            text = await response.body.text();
        }
        catch (error) {
            if (signal.aborted) {
                if (budget === 'spend')
                    throw this.charged(what, 'the run was stopped while it was in flight', undefined);
                throw signal.reason;
            }
            const reason = timeout.signal.aborted
                ? 'no answer within the request timeout'
                : describeFailure(error);
            const refused = errorCode(error) === 'ECONNREFUSED';
            if (budget === 'spend' && !refused)
                return { ok: false, retry: false, error: this.charged(what, reason, undefined) };
            return {
                ok: false,
                retry: budget !== 'spend' || refused,
                error: new StudioError(`AI Studios could not be reached for ${what}: ${reason}`, {
                    kind: 'unreachable',
                    transient: true
                })
            };
        }
        finally {
            clearTimeout(timer);
        }
        return this.judge(budget, what, status, text, retryAfter, schema);
    }
    /** The answer as data, or the failure it is, with whether it is worth another attempt. */
    judge(budget, what, status, text, retryAfter, schema) {
        const retryAfterMs = parseRetryAfter(retryAfter, this.clock.now());
        if (status >= 300 && status < 400) {
            return {
                ok: false,
                retry: false,
                error: new StudioError(`AI Studios answered ${what} with a redirect (HTTP ${status}), which is not followed so that the credentials go nowhere else: set \`api-url\` to the API's own address.`, { kind: 'refused', transient: false, status })
            };
        }
        const body = parseJson(text);
        const envelope = aistudios_schema/* SuccessEnvelopeSchema */.bE.safeParse(body);
        if (status < 300 && envelope.success) {
            const data = schema.safeParse(envelope.data.data);
            if (data.success)
                return { ok: true, received: { value: data.data, raw: envelope.data.data } };
            const issue = data.error.issues[0];
            const problem = `${issue?.path.join('.') || '(root)'}: ${issue?.message}`;
            if (budget === 'spend')
                return {
                    ok: false,
                    retry: false,
                    error: this.charged(what, `an answer it cannot read (${problem})`, text)
                };
            return {
                ok: false,
                retry: false,
                error: new StudioError(this.redactor.redact(`AI Studios answered ${what} with data this action does not understand: ${problem}. Received: "${excerpt(text)}". Please report it with the project id.`), { kind: 'unreadable', transient: false, status })
            };
        }
        const refused = aistudios_schema/* ErrorEnvelopeSchema */.up.safeParse(body);
        // A 200 that is not the envelope (a proxy's page, an empty body) says nothing about our request; a 200
        // with the error envelope is the API's clear answer (a failed render, a refusal).
        const unreadable = status < 300 && !refused.success;
        if (budget === 'spend' && (status >= 500 || unreadable))
            return { ok: false, retry: false, error: this.charged(what, `HTTP ${status}`, text) };
        const transient = TRANSIENT_STATUS.has(status) || unreadable;
        const message = refused.success
            ? `AI Studios refused ${what}: ${refused.data.error?.msg ?? refused.data.message ?? 'no message'} (code ${refused.data.error?.code ?? 'none'}, HTTP ${status})`
            : // A non-JSON page (a proxy's or a load balancer's) says nothing about our request: try again later.
                `AI Studios answered ${what} with HTTP ${status} and a body that is not its JSON envelope: "${excerpt(text)}"`;
        const retry = budget === 'spend' ? status === 429 && retryAfterMs !== undefined : transient;
        const kind = TRANSIENT_STATUS.has(status)
            ? 'busy'
            : unreadable
                ? 'unreadable'
                : status === 404
                    ? 'not-found'
                    : 'refused';
        return {
            ok: false,
            retry,
            retryAfterMs,
            error: new StudioError(this.redactor.redact(message), {
                kind,
                transient,
                status,
                retryAfterMs
            })
        };
    }
    /** The one text for an export that may have started a render (and spent credits) although we cannot tell. */
    charged(what, reason, received) {
        return new StudioError(this.redactor.redact(exportMayHaveBeenCharged(this.options.apiUrl, what, reason, received)), { kind: 'maybe-charged', transient: false });
    }
}
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
function withSlash(url) {
    return url.endsWith('/') ? url : `${url}/`;
}
function excerpt(text) {
    return text.replace(/\s+/g, ' ').trim().slice(0, 200);
}
function parseJson(text) {
    try {
        return JSON.parse(text);
    }
    catch {
        return undefined;
    }
}
function describeFailure(error) {
    const code = errorCode(error);
    return code
        ? `a network error (${code})`
        : `an error (${error instanceof Error ? error.message : String(error)})`;
}
function errorCode(error) {
    // Not `instanceof Error`: errors may come from another realm (a VM context in tests).
    for (let e = error; typeof e === 'object' && e !== null; e = e.cause) {
        const code = e.code;
        if (typeof code === 'string')
            return code;
    }
    return undefined;
}


/***/ }),

/***/ 39393:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ backoffDelay)
/* harmony export */ });
/* unused harmony export DEFAULT_BACKOFF */
const DEFAULT_BACKOFF = { baseMs: 1_000, capMs: 30_000 };
/** The wait before the retry after the n-th consecutive failure (1-based). */
function backoffDelay(failure, random, { baseMs, capMs } = DEFAULT_BACKOFF) {
    const ceiling = Math.min(capMs, baseMs * 2 ** (failure - 1));
    return Math.round(ceiling * (0.5 + random() / 2));
}


/***/ })

};

//# sourceMappingURL=595.index.js.map