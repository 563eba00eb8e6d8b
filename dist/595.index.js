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


/***/ })

};

//# sourceMappingURL=595.index.js.map