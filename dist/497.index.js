export const id = 497;
export const ids = [497];
export const modules = {

/***/ 38497:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   stickyMarker: () => (/* binding */ stickyMarker),
/* harmony export */   upsertComment: () => (/* binding */ upsertComment)
/* harmony export */ });
/* harmony import */ var _actions_github__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(61351);
/* harmony import */ var _shared_clock_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(66103);
/* harmony import */ var _shared_deadline_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(52132);
/* harmony import */ var _shared_github_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(27704);
/* harmony import */ var _shared_errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(58382);
/* harmony import */ var _shared_retry_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(43091);






const ATTEMPTS = 4;
/**
 * Creates the pull request's comment, or updates the one an earlier run left: the comment that carries
 * `marker` and was written by this token's user. Returns its URL, or undefined after one warning: a comment
 * is a courtesy to reviewers and never fails the run, whose video may already be paid for.
 *
 * Which user the token is: GET /user answers for a person's token; the workflow's GITHUB_TOKEN, an app
 * installation token, is refused there, and its comments are by `github-actions[bot]`. Only a comment by that
 * very login is ours: any other bot (`renovate[bot]`) or person carrying the marker, even in a quote, is left
 * as it is, and ours is created beside it. (Another GitHub App's installation token cannot tell its own login
 * either: its comment is not found, and each run posts a new one rather than take someone else's.)
 *
 * The whole exchange is retried on GitHub's transient failures: listing again first finds a comment whose
 * creation answer was lost, so a retry never posts a second one.
 */
async function upsertComment(comment, reporter, { clock = _shared_clock_js__WEBPACK_IMPORTED_MODULE_1__/* .systemClock */ .m, signal, random } = {}) {
    const { number } = comment.target;
    const timeoutMs = comment.timeoutMs ?? 60_000;
    try {
        const { url, updated } = await (0,_shared_deadline_js__WEBPACK_IMPORTED_MODULE_2__/* .within */ .ux)(timeoutMs, signal, () => new Error(`GitHub did not answer within ${timeoutMs / 1000} s`), bound => {
            const octokit = (0,_actions_github__WEBPACK_IMPORTED_MODULE_0__/* .getOctokit */ .Q)(comment.token, {
                baseUrl: comment.apiUrl,
                request: { signal: bound }
            });
            return (0,_shared_retry_js__WEBPACK_IMPORTED_MODULE_5__/* .retry */ .L)(() => upsertOnce(octokit, comment), {
                attempts: ATTEMPTS,
                classify: error => ((0,_shared_github_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .isTransientGitHubError */ .qU)(error) ? {} : false),
                clock,
                signal: bound,
                random,
                onRetry: (error, delayMs, next) => reporter.log(`Commenting on pull request #${number} failed (${(0,_shared_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .messageOf */ .b)(error)}); retrying in ${(delayMs / 1000).toFixed(1)} s (attempt ${next} of ${ATTEMPTS}).`)
            });
        }, clock);
        reporter.log(`${updated ? 'Updated' : 'Posted'} the plan on pull request #${number}: ${url}`);
        return url;
    }
    catch (error) {
        reporter.warn(error instanceof _shared_deadline_js__WEBPACK_IMPORTED_MODULE_2__/* .StoppedError */ .Ko
            ? `The plan could not be posted on pull request #${number}: ${error.message.replace(/\.$/, '')}. The plan is in the job summary.`
            : commentWarning(error, number));
        return undefined;
    }
}
async function upsertOnce(octokit, { target, marker, body }) {
    const { owner, repo, number } = target;
    const login = await ownLogin(octokit);
    const ours = (c) => (c.body ?? '').startsWith(marker) && c.user?.login === login;
    const pages = octokit.paginate.iterator(octokit.rest.issues.listComments, {
        owner,
        repo,
        issue_number: number,
        per_page: 100
    });
    for await (const { data } of pages) {
        const found = data.find(ours);
        if (found) {
            const updated = await octokit.rest.issues.updateComment({
                owner,
                repo,
                comment_id: found.id,
                body
            });
            return { url: updated.data.html_url, updated: true };
        }
    }
    const created = await octokit.rest.issues.createComment({
        owner,
        repo,
        issue_number: number,
        body
    });
    return { url: created.data.html_url, updated: false };
}
/** The workflow token's author: GET /user refuses an installation token. */
const ACTIONS_BOT = 'github-actions[bot]';
/** The login the token's comments are written by. */
async function ownLogin(octokit) {
    try {
        return (await octokit.rest.users.getAuthenticated()).data.login;
    }
    catch (error) {
        if ((0,_shared_github_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .httpFailureOf */ .SW)(error)?.status === 403)
            return ACTIONS_BOT;
        throw error;
    }
}
/** One line: what failed and, for a 403, the permission that is missing. */
function commentWarning(error, number) {
    const failure = (0,_shared_github_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .httpFailureOf */ .SW)(error);
    const what = `The plan could not be posted on pull request #${number}`;
    if (failure?.status === 403 && !(0,_shared_github_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .isTransientGitHubError */ .qU)(error))
        return `${what} (403 ${failure.message}): the github-token may not write pull-request comments. Add \`permissions: pull-requests: write\` to the job; a pull request from a fork gets a read-only token whatever the workflow asks. The plan is in the job summary.`;
    const reason = failure ? `${failure.status} ${failure.message}` : (0,_shared_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .messageOf */ .b)(error);
    return `${what} (${reason}). The plan is in the job summary.`;
}
/**
 * The hidden first line that tells this comment apart: the workflow and what it renders, so two workflows,
 * or two steps with other projects, each keep their own comment. Percent-encoded, dashes too, so no name can
 * end the HTML comment early.
 */
function stickyMarker(workflow, subject) {
    const encode = (text) => encodeURIComponent(text).replace(/-/g, '%2D');
    const [kind, value] = 'project' in subject ? ['project', subject.project] : ['manifest', subject.manifest];
    return `<!-- aistudios-render workflow=${encode(workflow)} ${kind}=${encode(value)} -->`;
}


/***/ }),

/***/ 27704:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Pm: () => (/* binding */ explainGitHubError),
/* harmony export */   SW: () => (/* binding */ httpFailureOf),
/* harmony export */   ZS: () => (/* binding */ gitHubRetryVerdict),
/* harmony export */   bq: () => (/* binding */ noWriteAccess),
/* harmony export */   m$: () => (/* binding */ immutableReleaseError),
/* harmony export */   qU: () => (/* binding */ isTransientGitHubError),
/* harmony export */   x9: () => (/* binding */ isAlreadyExists)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(58382);
/* harmony import */ var _json_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(78451);
/* harmony import */ var _retry_after_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(61424);



function httpFailureOf(error) {
    if (!(error instanceof Error) || !('status' in error) || typeof error.status !== 'number') {
        return undefined;
    }
    const response = 'response' in error && (0,_json_js__WEBPACK_IMPORTED_MODULE_1__/* .isRecord */ .u)(error.response) ? error.response : undefined;
    const data = response?.data;
    const message = (0,_json_js__WEBPACK_IMPORTED_MODULE_1__/* .isRecord */ .u)(data) && typeof data.message === 'string' ? data.message : error.message;
    const errors = (0,_json_js__WEBPACK_IMPORTED_MODULE_1__/* .isRecord */ .u)(data) && Array.isArray(data.errors) ? data.errors : [];
    const codes = errors.flatMap(e => ((0,_json_js__WEBPACK_IMPORTED_MODULE_1__/* .isRecord */ .u)(e) && typeof e.code === 'string' ? [e.code] : []));
    const headers = (0,_json_js__WEBPACK_IMPORTED_MODULE_1__/* .isRecord */ .u)(response?.headers) ? response.headers : {};
    const retryAfter = typeof headers['retry-after'] === 'string' ? headers['retry-after'] : undefined;
    return { status: error.status, message, codes, retryAfter };
}
/**
 * Worth another try: server errors, timeouts, rate limits, and network failures (which Octokit's
 * fetch wrapper reports as status 500).
 */
function isTransientGitHubError(error) {
    const failure = httpFailureOf(error);
    if (!failure)
        return false;
    const { status, message } = failure;
    return (status >= 500 ||
        status === 408 ||
        status === 429 ||
        (status === 403 && /rate limit/i.test(message)));
}
/** `retry`'s verdict on a GitHub failure: transient ones again, after GitHub's `Retry-After` if it sent one. */
function gitHubRetryVerdict(error, nowMs) {
    if (!isTransientGitHubError(error))
        return false;
    return { afterMs: (0,_retry_after_js__WEBPACK_IMPORTED_MODULE_2__/* .parseRetryAfter */ .m)(httpFailureOf(error)?.retryAfter, nowMs) };
}
function isAlreadyExists(error) {
    const failure = httpFailureOf(error);
    return failure?.status === 422 && failure.codes.includes('already_exists');
}
/** The explanation for a release GitHub will not let anyone change. */
function immutableReleaseError(tag, detail) {
    return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ActionError */ .l(`Release ${tag} is immutable (${detail}): GitHub refuses to add, replace or delete its assets. ` +
        'Upload the video while the release is still a draft and publish it afterwards, or use a new tag.', { input: 'release-tag' });
}
/**
 * A token that may not write to the repository's releases. The permissions block is quoted inline, in
 * YAML's flow style, so that it stays one valid line whatever sentence follows it.
 */
function noWriteAccess(doing, repository, { status, message }) {
    return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ActionError */ .l(`The github-token may not ${doing} in ${repository} (${status} ${message}): give the job write ` +
        'access to releases by adding `permissions: { contents: write }` to the job or the workflow.', { input: 'github-token' });
}
/**
 * Turns a GitHub API failure into a one-line error that says how to fix it; anything that is not an
 * HTTP failure is returned as is.
 */
function explainGitHubError(error, { doing, repository, tag }) {
    const failure = httpFailureOf(error);
    if (!failure || error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ActionError */ .l)
        return error;
    const { status, message } = failure;
    if (status === 401) {
        return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ActionError */ .l(`GitHub rejected the github-token (401 ${message}) while trying to ${doing}: the token is ` +
            'invalid or has expired. Leave github-token at its default (${{ github.token }}) or pass a valid token.', { input: 'github-token' });
    }
    if (status === 403 && !isTransientGitHubError(error))
        return noWriteAccess(doing, repository, failure);
    if (status === 404) {
        return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ActionError */ .l(`GitHub answered 404 Not Found while trying to ${doing}: ${repository} does not exist or the ` +
            'github-token cannot see it. For another or a private repository, pass a token with access to it.', { input: 'github-token' });
    }
    if (status === 422 && /immutable/i.test(message)) {
        return immutableReleaseError(tag, `422 ${message}`);
    }
    const advice = status >= 500
        ? ', even after retries; GitHub may be having trouble (https://www.githubstatus.com): re-run the job later.'
        : '.';
    return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ActionError */ .l(`GitHub answered ${status} (${message}) while trying to ${doing}${advice}`);
}


/***/ })

};

//# sourceMappingURL=497.index.js.map