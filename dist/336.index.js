export const id = 336;
export const ids = [336,658];
export const modules = {

/***/ 31658:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   planHtml: () => (/* binding */ planHtml),
/* harmony export */   planTableHtml: () => (/* binding */ planTableHtml),
/* harmony export */   reportDryRun: () => (/* binding */ reportDryRun),
/* harmony export */   reportFailure: () => (/* binding */ reportFailure),
/* harmony export */   reportPlan: () => (/* binding */ reportPlan),
/* harmony export */   reportResult: () => (/* binding */ reportResult),
/* harmony export */   setResultOutputs: () => (/* binding */ setResultOutputs)
/* harmony export */ });
/* harmony import */ var _patch_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(98510);
/* harmony import */ var _render_wait_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(32432);
/* harmony import */ var _shared_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(58382);
/* harmony import */ var _shared_format_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(36338);
/* harmony import */ var _summary_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(38770);





/** Log lines, groups, annotations, outputs and the job summary: everything the user sees of a run. */
/** Logs the plan and sets its outputs; returns its part of the job summary, shown under the run's heading. */
function reportPlan(runner, plan) {
    const count = plan.changes.length;
    runner.log(`Plan: ${count} change${count === 1 ? '' : 's'}`);
    for (const line of (0,_patch_index_js__WEBPACK_IMPORTED_MODULE_0__/* .planLines */ .HN)(plan))
        runner.log(line);
    runner.output('changes', String(count));
    runner.output('plan', (0,_patch_index_js__WEBPACK_IMPORTED_MODULE_0__/* .planJson */ .iY)(plan));
    return planHtml(plan);
}
/** The plan's part of the job summary: empty when it changes nothing. */
function planHtml(plan) {
    if (plan.changes.length === 0)
        return '';
    return (0,_summary_js__WEBPACK_IMPORTED_MODULE_3__/* .heading */ .R_)('Planned edits', 3) + planTableHtml(plan);
}
/** The plan's changes as one HTML table, in scene order, every cell escaped. */
function planTableHtml(plan) {
    return (0,_summary_js__WEBPACK_IMPORTED_MODULE_3__/* .table */ .tp)((0,_patch_index_js__WEBPACK_IMPORTED_MODULE_0__/* .planTable */ .k0)(inSceneOrder(plan)).map(row => row.map(_summary_js__WEBPACK_IMPORTED_MODULE_3__/* .escapeHtml */ .ZD)));
}
/** Project-wide changes first, then by scene; a stable sort keeps each scene's own order. */
function inSceneOrder(plan) {
    const scene = (change) => 'scene' in change && typeof change.scene === 'number' ? change.scene : -1;
    return { ...plan, changes: [...plan.changes].sort((a, b) => scene(a) - scene(b)) };
}
async function reportDryRun(runner, sourceProjectId, request, planHtml) {
    runner.log('Dry run: nothing was exported and no credits were spent. A real run would send:');
    runner.log(request);
    runner.output('source-project-id', sourceProjectId);
    await runner.summary((0,_summary_js__WEBPACK_IMPORTED_MODULE_3__/* .heading */ .R_)('AI Studios render: dry run', 2) +
        planHtml +
        (0,_summary_js__WEBPACK_IMPORTED_MODULE_3__/* .paragraph */ .FY)('Nothing was exported and no credits were spent. A real run would send:') +
        (0,_summary_js__WEBPACK_IMPORTED_MODULE_3__/* .codeBlock */ .DV)(request));
}
async function reportResult(runner, report, planHtml) {
    const { video, delivery } = report;
    setResultOutputs(runner, report);
    const rows = [
        ['What', 'Value'],
        ['Source project', (0,_summary_js__WEBPACK_IMPORTED_MODULE_3__/* .code */ .aY)(report.sourceProjectId)],
        [
            'Rendered project',
            (0,_summary_js__WEBPACK_IMPORTED_MODULE_3__/* .code */ .aY)(report.renderedProjectId) + (report.projectDeleted ? ' (deleted after delivery)' : '')
        ],
        ['Resolution', (0,_summary_js__WEBPACK_IMPORTED_MODULE_3__/* .escapeHtml */ .ZD)(report.resolution)],
        ['Content hash', report.contentHash ? (0,_summary_js__WEBPACK_IMPORTED_MODULE_3__/* .code */ .aY)(report.contentHash) : 'cache off'],
        ['From the cache', report.cacheHit ? 'yes: 0 exports' : 'no'],
        ['Render time', (0,_render_wait_js__WEBPACK_IMPORTED_MODULE_1__/* .seconds */ .YA)(report.renderMs)],
        ['Video', `${(0,_summary_js__WEBPACK_IMPORTED_MODULE_3__/* .code */ .aY)(report.videoPath)} (${(0,_shared_format_js__WEBPACK_IMPORTED_MODULE_4__/* .formatBytes */ .z)(video.size)})`],
        [
            'Frame',
            `${report.facts.width}x${report.facts.height}, ${report.facts.duration.toFixed(3)} s`
        ],
        ['SHA-256', (0,_summary_js__WEBPACK_IMPORTED_MODULE_3__/* .code */ .aY)(video.sha256)],
        ['Vendor download', (0,_summary_js__WEBPACK_IMPORTED_MODULE_3__/* .signedLink */ .Rq)(report.downloadUrl)]
    ];
    if (delivery.artifactUrl)
        rows.push(['Artifact', (0,_summary_js__WEBPACK_IMPORTED_MODULE_3__/* .link */ .nf)(`artifact ${delivery.artifactId}`, delivery.artifactUrl)]);
    if (delivery.assetUrl)
        rows.push(['Release asset', (0,_summary_js__WEBPACK_IMPORTED_MODULE_3__/* .link */ .nf)('download from the release', delivery.assetUrl)]);
    if (delivery.releaseUrl)
        rows.push(['Release', (0,_summary_js__WEBPACK_IMPORTED_MODULE_3__/* .link */ .nf)('release page', delivery.releaseUrl)]);
    await runner.summary((0,_summary_js__WEBPACK_IMPORTED_MODULE_3__/* .heading */ .R_)('AI Studios render', 2) + (0,_summary_js__WEBPACK_IMPORTED_MODULE_3__/* .table */ .tp)(rows) + planHtml);
}
/** The single video's outputs, also set by a manifest run that selected exactly one video. */
function setResultOutputs(runner, report) {
    const { video, delivery } = report;
    const outputs = {
        'download-url': report.downloadUrl,
        'project-id': report.renderedProjectId,
        'source-project-id': report.sourceProjectId,
        'content-hash': report.contentHash,
        'cache-hit': String(report.cacheHit),
        'video-path': report.videoPath,
        'video-size': String(video.size),
        'video-sha256': video.sha256,
        'video-duration': report.facts.duration.toFixed(3),
        'video-width': String(report.facts.width),
        'video-height': String(report.facts.height),
        'artifact-id': delivery.artifactId,
        'artifact-url': delivery.artifactUrl,
        'artifact-digest': delivery.artifactDigest,
        'release-id': delivery.releaseId,
        'release-url': delivery.releaseUrl,
        'asset-url': delivery.assetUrl
    };
    for (const [name, value] of Object.entries(outputs))
        runner.output(name, value ?? '');
}
/**
 * The one-line error as an annotation (at the patch file's line when known), and, when a render was
 * started, how to pick it up again without paying for a second one.
 */
async function reportFailure(runner, error, renderedProjectId, planHtml) {
    const resumable = renderedProjectId && !(error instanceof _render_wait_js__WEBPACK_IMPORTED_MODULE_1__/* .RenderFailedError */ .Ao);
    const resume = resumable
        ? ` To download it without a new export, re-run with \`resume-project-id: ${renderedProjectId}\`.`
        : '';
    const message = (0,_shared_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .messageOf */ .b)(error) + resume;
    runner.error(message, error instanceof _shared_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ActionError */ .l ? error.details.location : undefined);
    runner.fail();
    if (!(error instanceof _shared_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ActionError */ .l) && error instanceof Error)
        runner.debug(error.stack ?? '');
    let summary = (0,_summary_js__WEBPACK_IMPORTED_MODULE_3__/* .heading */ .R_)('AI Studios render failed', 2) + (0,_summary_js__WEBPACK_IMPORTED_MODULE_3__/* .paragraph */ .FY)((0,_summary_js__WEBPACK_IMPORTED_MODULE_3__/* .escapeHtml */ .ZD)(message));
    if (renderedProjectId) {
        summary +=
            (0,_summary_js__WEBPACK_IMPORTED_MODULE_3__/* .paragraph */ .FY)(`Rendered project: ${(0,_summary_js__WEBPACK_IMPORTED_MODULE_3__/* .code */ .aY)(renderedProjectId)}. To resume it, add to the step:`) +
                (0,_summary_js__WEBPACK_IMPORTED_MODULE_3__/* .codeBlock */ .DV)(`with:\n  resume-project-id: ${renderedProjectId}`, 'yaml');
    }
    await runner.summary(summary + planHtml);
}


/***/ }),

/***/ 60336:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   commentBody: () => (/* binding */ commentBody),
/* harmony export */   failedReview: () => (/* binding */ failedReview),
/* harmony export */   fleetReviews: () => (/* binding */ fleetReviews),
/* harmony export */   reportReview: () => (/* binding */ reportReview),
/* harmony export */   storyReview: () => (/* binding */ storyReview)
/* harmony export */ });
/* harmony import */ var _shared_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(58382);
/* harmony import */ var _report_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(31658);
/* harmony import */ var _summary_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(38770);



/** GitHub refuses comment bodies over 65,536 characters. */
const MAX_BODY = 65_000;
/**
 * With `pr-comment: true` on a pull request's run: the plan per video as the pull request's one comment of
 * this workflow and subject, and the `comment-url` output. Never fails the run.
 */
async function reportReview(runner, token, subject, reviews) {
    const { env } = runner;
    // Loaded only here: Octokit is most of the bundle.
    const { pullRequestOf } = await __webpack_require__.e(/* import() */ 878).then(__webpack_require__.bind(__webpack_require__, 45497));
    let target;
    try {
        target = await pullRequestOf(env);
    }
    catch (error) {
        runner.warn(`pr-comment: ${(0,_shared_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .messageOf */ .b)(error)}; no comment was posted.`);
        return;
    }
    if (!target) {
        runner.log(`pr-comment: a ${env.GITHUB_EVENT_NAME ?? 'local'} run has no pull request to comment on.`);
        return;
    }
    const { stickyMarker, upsertComment } = await Promise.all(/* import() */[__webpack_require__.e(351), __webpack_require__.e(497)]).then(__webpack_require__.bind(__webpack_require__, 38497));
    const marker = stickyMarker(env.GITHUB_WORKFLOW ?? '', subject);
    const url = await upsertComment({
        token,
        apiUrl: env.GITHUB_API_URL || 'https://api.github.com',
        target,
        marker,
        body: commentBody(marker, reviews, env)
    }, runner);
    if (url)
        runner.output('comment-url', url);
}
/**
 * The comment: the marker, then per video its facts and its plan (old and new script per scene, clip
 * changes). HTML through the summary's escaping, so a script's blank lines and Markdown stay text. A plan too
 * long for a comment points at the job summary instead.
 */
function commentBody(marker, reviews, env) {
    const full = bodyWith(marker, reviews, env, true);
    return full.length <= MAX_BODY ? full : bodyWith(marker, reviews, env, false);
}
function bodyWith(marker, reviews, env, withPlans) {
    const dryRun = reviews.every(review => review.render.kind === 'dry-run');
    const title = `AI Studios render${reviews.length > 1 ? 's' : ''}: ${dryRun ? 'the plan' : 'the result'}`;
    return (`${marker}\n` +
        (0,_summary_js__WEBPACK_IMPORTED_MODULE_2__/* .heading */ .R_)(title, 2) +
        (0,_summary_js__WEBPACK_IMPORTED_MODULE_2__/* .paragraph */ .FY)(runLine(env)) +
        reviews.map(review => videoSection(review, withPlans)).join(''));
}
/** Which run wrote the comment: it is rewritten by every run of the workflow. */
function runLine(env) {
    const { GITHUB_SERVER_URL, GITHUB_REPOSITORY, GITHUB_RUN_ID, GITHUB_WORKFLOW, GITHUB_SHA } = env;
    const run = GITHUB_SERVER_URL && GITHUB_REPOSITORY && GITHUB_RUN_ID
        ? (0,_summary_js__WEBPACK_IMPORTED_MODULE_2__/* .link */ .nf)(`run ${GITHUB_RUN_ID}`, `${GITHUB_SERVER_URL}/${GITHUB_REPOSITORY}/actions/runs/${GITHUB_RUN_ID}`)
        : 'this run';
    const commit = GITHUB_SHA ? ` at ${(0,_summary_js__WEBPACK_IMPORTED_MODULE_2__/* .code */ .aY)(GITHUB_SHA.slice(0, 7))}` : '';
    return `Workflow ${(0,_summary_js__WEBPACK_IMPORTED_MODULE_2__/* .code */ .aY)(GITHUB_WORKFLOW ?? '')}, ${run}${commit}; every run updates this comment.`;
}
function videoSection(review, withPlans) {
    const changes = review.plan?.changes.length;
    const facts = (0,_summary_js__WEBPACK_IMPORTED_MODULE_2__/* .table */ .tp)([
        ['What', 'Value'],
        ['Source project', (0,_summary_js__WEBPACK_IMPORTED_MODULE_2__/* .code */ .aY)(review.sourceProjectId)],
        ['Changes', changes === undefined ? 'no patch' : String(changes)],
        ['Content hash', review.contentHash ? (0,_summary_js__WEBPACK_IMPORTED_MODULE_2__/* .code */ .aY)(review.contentHash) : 'cache off'],
        ['Render', renderNeed(review.render)]
    ]);
    const plan = !review.plan
        ? ''
        : changes === 0
            ? (0,_summary_js__WEBPACK_IMPORTED_MODULE_2__/* .paragraph */ .FY)('No changes: the project already matches the patch.')
            : withPlans
                ? (0,_summary_js__WEBPACK_IMPORTED_MODULE_2__/* .heading */ .R_)('Planned edits', review.name ? 4 : 3) + (0,_report_js__WEBPACK_IMPORTED_MODULE_1__.planTableHtml)(review.plan)
                : (0,_summary_js__WEBPACK_IMPORTED_MODULE_2__/* .paragraph */ .FY)('The plan is too long for a comment: it is in the job summary of the run.');
    return (review.name ? (0,_summary_js__WEBPACK_IMPORTED_MODULE_2__/* .heading */ .R_)(`Video ${review.name}`, 3) : '') + facts + plan;
}
function renderNeed(need) {
    switch (need.kind) {
        case 'dry-run':
            if (need.cacheHit)
                return 'not needed: the cache holds the video of this content';
            if (!need.needsExport)
                return 'not needed: a real run resumes an earlier render';
            return need.cacheOn
                ? 'needed: no cached video for this content'
                : 'needed: the cache is off, so a real run exports';
        case 'rendered':
            if (need.cacheHit)
                return `not needed: the cached video of project ${(0,_summary_js__WEBPACK_IMPORTED_MODULE_2__/* .code */ .aY)(need.projectId)} was reused (0 exports)`;
            return `done: rendered as project ${(0,_summary_js__WEBPACK_IMPORTED_MODULE_2__/* .code */ .aY)(need.projectId)}${need.deleted ? ', deleted after delivery' : ''}`;
        case 'failed':
            return `failed: ${(0,_summary_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeHtml */ .ZD)(need.message)}`;
        case 'skipped':
            return 'skipped: an earlier video failed (fail-fast)';
    }
}
function dryRunNeed(dryRun) {
    const { needsExport, cacheHit, contentHash } = dryRun;
    return { kind: 'dry-run', needsExport, cacheHit, cacheOn: contentHash !== undefined };
}
/** The single video's review, from its story's result. */
function storyReview(sourceProjectId, plan, result) {
    if (result.kind === 'dry-run')
        return {
            sourceProjectId,
            plan,
            contentHash: result.contentHash,
            render: dryRunNeed(result)
        };
    const { contentHash, renderedProjectId, cacheHit, projectDeleted } = result.report;
    return {
        sourceProjectId,
        plan,
        contentHash,
        render: { kind: 'rendered', projectId: renderedProjectId, cacheHit, deleted: projectDeleted }
    };
}
/** The single video's review when its story failed after the plan was made. */
function failedReview(sourceProjectId, plan, error) {
    return { sourceProjectId, plan, render: { kind: 'failed', message: (0,_shared_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .messageOf */ .b)(error) } };
}
/** A manifest run's videos, in the manifest's order. */
function fleetReviews(result) {
    return result.records.map((record) => {
        const report = result.reports.get(record.name);
        const dryRun = result.dryRuns.get(record.name);
        const render = report
            ? {
                kind: 'rendered',
                projectId: report.renderedProjectId,
                cacheHit: report.cacheHit,
                deleted: report.projectDeleted
            }
            : dryRun
                ? dryRunNeed(dryRun)
                : record.status === 'failed'
                    ? { kind: 'failed', message: (0,_shared_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .messageOf */ .b)(record.error) }
                    : { kind: 'skipped' };
        return {
            name: record.name,
            sourceProjectId: record.sourceProjectId,
            plan: result.plans.get(record.name),
            contentHash: report?.contentHash ?? dryRun?.contentHash,
            render
        };
    });
}


/***/ }),

/***/ 38770:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DV: () => (/* binding */ codeBlock),
/* harmony export */   FY: () => (/* binding */ paragraph),
/* harmony export */   R_: () => (/* binding */ heading),
/* harmony export */   Rq: () => (/* binding */ signedLink),
/* harmony export */   ZD: () => (/* binding */ escapeHtml),
/* harmony export */   aY: () => (/* binding */ code),
/* harmony export */   nf: () => (/* binding */ link),
/* harmony export */   tp: () => (/* binding */ table)
/* harmony export */ });
/**
 * The job summary's HTML, built as text. Every text that a user or the API controls goes through `escapeHtml`.
 *
 * GitHub renders the summary as Markdown: an HTML block such as `<table>` or `<p>` ends at the first blank line
 * and whatever follows is read as Markdown again. So no escaped text may carry a line break (each becomes `<br>`),
 * and the characters Markdown would act on if a block ever ended early are entities too.
 */
const ENTITIES = {
    '&': '&amp;',
    '<': '&lt;',
    '>': '&gt;',
    '"': '&quot;',
    '|': '&#124;',
    '*': '&#42;',
    _: '&#95;',
    '`': '&#96;',
    '[': '&#91;',
    ']': '&#93;',
    '\\': '&#92;'
};
/** Entities for HTML and Markdown, keeping line breaks: only for `<pre>`, whose block ends at `</pre>`. */
function escapeKeepingLines(text) {
    return text.replace(/[&<>"|*_`[\]\\]/g, c => ENTITIES[c] ?? c);
}
/** Text as one line of HTML: entities, and every line break (blank lines too) as `<br>`. */
function escapeHtml(text) {
    return escapeKeepingLines(text).replace(/\r\n|\r|\n/g, '<br>');
}
/** A signed vendor link shown by its host only: the full URL is a credential until it expires. */
function signedLink(url) {
    let host;
    try {
        host = new URL(url).host;
    }
    catch {
        return 'signed, expiring link';
    }
    return `${code(host)} (signed, expiring link)`;
}
const heading = (text, level) => `<h${level}>${escapeHtml(text)}</h${level}>\n`;
const paragraph = (html) => `<p>${html}</p>\n`;
const code = (text) => `<code>${escapeHtml(text)}</code>`;
const link = (text, href) => `<a href="${escapeHtml(href)}">${escapeHtml(text)}</a>`;
const codeBlock = (text, lang) => `<pre lang="${lang ?? ''}"><code>${escapeKeepingLines(text)}</code></pre>\n`;
/**
 * A table whose first row is the header; cells are HTML already. Every row gets the header's width and an
 * empty cell shows a dash, so no cell is missing or blank.
 */
function table(rows) {
    const [header, ...body] = rows;
    const width = header?.length ?? 0;
    const row = (cells, tag) => `<tr>${Array.from({ length: Math.max(width, cells.length) }, (_, i) => cells[i] || '—')
        .map(cell => `<${tag}>${cell}</${tag}>`)
        .join('')}</tr>`;
    return `<table>${[row(header ?? [], 'th'), ...body.map(cells => row(cells, 'td'))].join('')}</table>\n`;
}


/***/ })

};

//# sourceMappingURL=336.index.js.map