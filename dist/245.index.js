export const id = 245;
export const ids = [245,167];
export const modules = {

/***/ 20167:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   reportFailure: () => (/* binding */ reportFailure)
/* harmony export */ });
/* harmony import */ var _run_resume_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(25294);
/* harmony import */ var _shared_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(58382);
/* harmony import */ var _summary_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(38770);



/*
 * Apart from the report of a run: a bad input fails before the engine loads, and its answer should not wait
 * for the modules of a whole report.
 */
/**
 * The one-line error as an annotation (at the patch file's line when known), and, when a render was
 * started, how to pick it up again without paying for a second one.
 */
async function reportFailure(runner, error, renderedProjectId, planHtml) {
    const resumable = (0,_run_resume_js__WEBPACK_IMPORTED_MODULE_0__/* .resumableRender */ .F)({ renderId: renderedProjectId, error });
    const resume = resumable
        ? ` ${(0,_run_resume_js__WEBPACK_IMPORTED_MODULE_0__/* .resumeHint */ .t)(resumable, { setting: id => `\`resume-project-id: ${id}\`` })}`
        : '';
    const message = (0,_shared_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .messageOf */ .b)(error) + resume;
    // An `if: failure()` step can resume or clean up the render from the output.
    if (renderedProjectId)
        runner.output('project-id', renderedProjectId);
    runner.error(message, error instanceof _shared_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ActionError */ .l ? error.details.location : undefined);
    runner.fail();
    if (!(error instanceof _shared_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ActionError */ .l) && error instanceof Error)
        runner.debug(error.stack ?? '');
    let summary = (0,_summary_js__WEBPACK_IMPORTED_MODULE_2__/* .heading */ .R_)('AI Studios render failed', 2) + (0,_summary_js__WEBPACK_IMPORTED_MODULE_2__/* .paragraph */ .FY)((0,_summary_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeHtml */ .ZD)(message));
    if (renderedProjectId) {
        summary +=
            (0,_summary_js__WEBPACK_IMPORTED_MODULE_2__/* .paragraph */ .FY)(`Rendered project: ${(0,_summary_js__WEBPACK_IMPORTED_MODULE_2__/* .code */ .aY)(renderedProjectId)}. To resume it, add to the step:`) +
                (0,_summary_js__WEBPACK_IMPORTED_MODULE_2__/* .codeBlock */ .DV)(`with:\n  resume-project-id: ${renderedProjectId}`, 'yaml');
    }
    await runner.summary(summary + planHtml);
}


/***/ }),

/***/ 6245:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  commentOnRun: () => (/* binding */ commentOnRun),
  reportRun: () => (/* binding */ reportRun)
});

// EXTERNAL MODULE: ./src/run/result.ts
var run_result = __webpack_require__(64612);
// EXTERNAL MODULE: ./src/run/companions.ts + 2 modules
var companions = __webpack_require__(16198);
// EXTERNAL MODULE: ./src/run/resume.ts
var resume = __webpack_require__(25294);
// EXTERNAL MODULE: ./src/manifest/shard.ts
var manifest_shard = __webpack_require__(64701);
;// CONCATENATED MODULE: ./src/manifest/outputs.ts

/**
 * The `matrix` output, for `strategy.matrix: ${{ fromJSON(needs.plan.outputs.matrix) }}`: one entry per
 * shard that holds a video, `{"include":[{"shard":"1/8"},...]}`, never more than 256; each job passes
 * `shard: ${{ matrix.shard }}` on. `count` undefined: about five videos a shard.
 */
function matrixOutput(names, count) {
    const shards = (0,manifest_shard/* shardsOf */.$b)(names, count ?? (0,manifest_shard/* defaultShardCount */.hw)(names.length));
    return JSON.stringify({ include: shards.map(shard => ({ shard: (0,manifest_shard/* shardLabel */.$_)(shard) })) });
}

// EXTERNAL MODULE: ./src/shared/errors.ts
var errors = __webpack_require__(58382);
// EXTERNAL MODULE: ./src/render/wait.ts + 1 modules
var wait = __webpack_require__(32432);
// EXTERNAL MODULE: ./src/deliver/index.ts + 1 modules
var deliver = __webpack_require__(2307);
// EXTERNAL MODULE: ./src/patch/index.ts + 12 modules
var patch = __webpack_require__(85977);
// EXTERNAL MODULE: ./src/shared/format.ts
var format = __webpack_require__(36338);
// EXTERNAL MODULE: ./src/action/summary.ts
var action_summary = __webpack_require__(38770);
;// CONCATENATED MODULE: ./src/action/report.ts






/** Log lines, groups, annotations, outputs and the job summary: everything the user sees of a run. */
/** Sets the plan's outputs; returns its part of the job summary, shown under the run's heading. */
function reportPlan(runner, plan) {
    runner.output('changes', String(plan.changes.length));
    runner.output('plan', (0,patch/* planJson */.iY)(plan));
    return planHtml(plan);
}
/** The plan's part of the job summary: empty when it changes nothing. */
function planHtml(plan) {
    if (plan.changes.length === 0)
        return '';
    return (0,action_summary/* heading */.R_)('Planned edits', 3) + planTableHtml(plan);
}
/** The plan's changes as one HTML table, in scene order, every cell escaped. */
function planTableHtml(plan) {
    return (0,action_summary/* table */.tp)((0,patch/* planTable */.k0)(inSceneOrder(plan)).map(row => row.map(action_summary/* escapeHtml */.ZD)));
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
    await runner.summary((0,action_summary/* heading */.R_)('AI Studios render: dry run', 2) +
        planHtml +
        (0,action_summary/* paragraph */.FY)('Nothing was exported and no credits were spent. A real run would send:') +
        (0,action_summary/* codeBlock */.DV)(request));
}
async function reportResult(runner, result, planHtml, spending) {
    const { report } = result;
    const { video } = report;
    setResultOutputs(runner, result);
    const rows = [
        ['What', 'Value'],
        ['Source project', (0,action_summary/* code */.aY)(result.sourceProjectId)],
        [
            'Rendered project',
            (0,action_summary/* code */.aY)(report.renderedProjectId) + (report.projectDeleted ? ' (deleted after delivery)' : '')
        ],
        ['Resolution', (0,action_summary/* escapeHtml */.ZD)(report.resolution)],
        ['Content hash', result.contentHash ? (0,action_summary/* code */.aY)(result.contentHash) : 'cache off'],
        ['From the cache', report.cacheHit ? 'yes: 0 exports' : 'no'],
        ['Render time', (0,wait/* seconds */.YA)(report.renderMs)],
        ['Video', `${(0,action_summary/* code */.aY)(report.videoPath)} (${(0,format/* formatBytes */.z)(video.size)})`],
        [
            'Frame',
            `${report.facts.width}x${report.facts.height}, ${report.facts.duration.toFixed(3)} s`
        ],
        ['SHA-256', (0,action_summary/* code */.aY)(video.sha256)],
        ['Vendor download', (0,action_summary/* signedLink */.Rq)(report.downloadUrl)],
        ...report.delivery.links.map(each => [each.label, (0,action_summary/* link */.nf)(each.text, each.url)]),
        ['This run', (0,action_summary/* escapeHtml */.ZD)(spending)]
    ];
    await runner.summary((0,action_summary/* heading */.R_)('AI Studios render', 2) + (0,action_summary/* table */.tp)(rows) + planHtml);
}
/** The single video's outputs, also set by a manifest run that selected exactly one video. */
function setResultOutputs(runner, { report, sourceProjectId, contentHash }) {
    const { video } = report;
    const outputs = {
        'download-url': report.downloadUrl,
        'project-id': report.renderedProjectId,
        'source-project-id': sourceProjectId,
        'content-hash': contentHash,
        'cache-hit': String(report.cacheHit),
        'video-path': report.videoPath,
        'video-size': String(video.size),
        'video-sha256': video.sha256,
        'video-duration': report.facts.duration.toFixed(3),
        'video-width': String(report.facts.width),
        'video-height': String(report.facts.height),
        // Every target's outputs are set, empty for the targets that were off.
        ...Object.fromEntries(deliver/* DELIVERY_OUTPUTS */.Y.map(name => [name, report.delivery.outputs[name]])),
        ...(0,companions/* companionOutputs */.Fi)(report.companions, report.delivery.outputs)
    };
    for (const [name, value] of Object.entries(outputs))
        runner.output(name, value ?? '');
}

// EXTERNAL MODULE: ./src/patch/speech.ts
var speech = __webpack_require__(6126);
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
            const [slot] = (0,speech/* speechSlots */.o)(scene, sceneIndex, avatar, {
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

// EXTERNAL MODULE: ./src/patch/spoken.ts
var spoken = __webpack_require__(30170);
;// CONCATENATED MODULE: ./src/action/video-facts.ts




const watchOf = (report) => ({
    links: report.delivery.links,
    duration: report.facts.duration,
    width: report.facts.width,
    height: report.facts.height,
    size: report.video.size
});
const POSTER = 'Poster';
/**
 * "Watch · 3.0 s · 320x180 · 2.0 KiB · Poster". Whatever the targets, the first link that is not a poster
 * is the video itself (an artifact, a release asset), which GitHub opens in the browser. A poster is a link
 * only: whether GitHub would show it as an image (a public repository's asset) is not knowable from here.
 */
function watchHtml(watch) {
    const [video] = watch.links.filter(each => each.label !== POSTER);
    return [
        video ? (0,action_summary/* link */.nf)('Watch', video.url) : '',
        `${watch.duration.toFixed(1)} s`,
        `${watch.width}x${watch.height}`,
        (0,format/* formatBytes */.z)(watch.size),
        ...watch.links.filter(each => each.label === POSTER).map(each => (0,action_summary/* link */.nf)(POSTER, each.url))
    ]
        .filter(Boolean)
        .join(' · ');
}
/** The targets' links after the video's own: a release's page, say. */
function otherLinksHtml(watch) {
    const [, ...others] = watch.links.filter(each => each.label !== POSTER);
    return others.map(each => (0,action_summary/* link */.nf)(each.text, each.url)).join(' · ');
}
/**
 * What the patched project says of its scenes: how many, and the characters each speaks (a scene with no
 * speech, 0; speech that cannot be told apart, a dash). No timings: those are only known of the video.
 */
function scenesLine(plan) {
    const { scenes } = projectOutline(plan.project);
    const chars = scenes.map(scene => scene.scripts.some(script => script.text === null)
        ? '—'
        : String(scene.scripts.reduce((sum, script) => sum + (0,spoken/* spokenLength */.B)(script.text ?? ''), 0)));
    const count = `${scenes.length} scene${scenes.length === 1 ? '' : 's'}`;
    return scenes.length ? `${count}; characters of script per scene: ${chars.join(', ')}` : count;
}

;// CONCATENATED MODULE: ./src/action/manifest-summary.ts






/**
 * GitHub refuses a job summary over 1 MiB (`$GITHUB_STEP_SUMMARY upload aborted`); the run's spending line
 * follows the manifest's part, so this leaves it room.
 */
const SUMMARY_BUDGET_BYTES = 1024 * 1024 - 16 * 1024;
/**
 * How much the summary shows, most first: every column and each plan; every column; a line per video
 * (name, status, watch); the count. The first that fits the budget is written.
 */
const DETAILS = ['plans', 'table', 'lines', 'count'];
/**
 * The manifest run's job summary: a row per video, each video's plan collapsed, and `failures` (the failed
 * videos' table); less of it when it would be refused.
 */
function manifestSummary(results, failures = '', lead = '') {
    let summary = '';
    for (const detail of DETAILS) {
        summary = (0,action_summary/* heading */.R_)('AI Studios renders', 2) + lead + videosAt(detail, results, failures);
        if (Buffer.byteLength(summary) <= SUMMARY_BUDGET_BYTES)
            break;
    }
    return summary;
}
function videosAt(detail, results, failures) {
    switch (detail) {
        case 'plans':
            return fullTable(results) + plans(results) + failures;
        case 'table':
            return fullTable(results) + tooMany('The plans') + failures;
        case 'lines':
            return (tooMany('The plans and the failures') +
                (0,action_summary/* table */.tp)([
                    ['Video', 'Status', 'Watch'],
                    ...results.map(result => [
                        (0,action_summary/* code */.aY)(result.name),
                        (0,action_summary/* escapeHtml */.ZD)(result.status),
                        result.report ? watchHtml(watchOf(result.report)) : ''
                    ])
                ]));
        case 'count':
            return (0,action_summary/* paragraph */.FY)(`${countLine(results)}. Too many videos for a job summary: the step's \`videos\` output has each one.`);
    }
}
const tooMany = (what) => (0,action_summary/* paragraph */.FY)(`${what} of so many videos are left out: GitHub refuses a job summary over 1 MiB.`);
function countLine(results) {
    const counts = new Map();
    for (const { status } of results)
        counts.set(status, (counts.get(status) ?? 0) + 1);
    return `${results.length} videos: ${[...counts].map(([status, n]) => `${n} ${status}`).join(', ')}`;
}
function fullTable(results) {
    return (0,action_summary/* table */.tp)([
        ['Video', 'Status', 'Cache hit', 'Changes', 'Render time', 'Watch', 'SHA-256', 'Links'],
        ...results.map(result => {
            const { report } = result;
            const cacheHit = report?.cacheHit ?? result.dryRun?.cacheHit;
            return [
                (0,action_summary/* code */.aY)(result.name),
                statusOf(result),
                cacheHit === undefined ? '' : cacheHit ? 'yes' : 'no',
                result.plan ? String(result.plan.changes.length) : '',
                report ? (0,wait/* seconds */.YA)(report.renderMs) : '',
                report ? watchHtml(watchOf(report)) : '',
                report ? (0,action_summary/* code */.aY)(report.video.sha256.slice(0, 12)) : '',
                report ? links(report) : ''
            ];
        })
    ]);
}
function plans(results) {
    return results
        .flatMap(result => {
        const html = result.plan ? planHtml(result.plan) : '';
        return html
            ? [`<details><summary>Plan of ${(0,action_summary/* escapeHtml */.ZD)(result.name)}</summary>\n\n${html}</details>\n`]
            : [];
    })
        .join('');
}
function statusOf(result) {
    if (result.status === 'failed')
        return `failed: ${(0,action_summary/* escapeHtml */.ZD)((0,errors/* messageOf */.b)(result.error))}`;
    if (result.status === 'planned')
        return result.dryRun?.needsExport ? 'dry-run: needs a render' : 'dry-run: no render needed';
    return (0,run_result/* isDelivered */.Z$)(result) ? 'delivered' : (0,action_summary/* escapeHtml */.ZD)(result.status);
}
function links(report) {
    return [
        ...report.delivery.links
            .filter(each => each.label !== 'Poster')
            .map(each => (0,action_summary/* link */.nf)(each.label.toLowerCase(), each.url)),
        report.downloadUrl && (0,action_summary/* link */.nf)('AI Studios', report.downloadUrl)
    ]
        .filter(Boolean)
        .join(' · ');
}

;// CONCATENATED MODULE: ./src/action/manifest-report.ts








/**
 * The outputs and summary of a manifest run; fails the step when any video failed, naming each failure and
 * the render it may be resumed from.
 */
async function reportManifest(runner, run, shardCount) {
    const { results, shard } = run;
    const names = results.map(result => result.name);
    runner.output('videos', videosOutput(results, runner.warn));
    runner.output('matrix', matrixOutput(names, shard?.count ?? shardCount));
    const [only] = results;
    if (results.length === 1 && only.report)
        setResultOutputs(runner, { ...only, report: only.report });
    const taken = shard ? (0,action_summary/* paragraph */.FY)((0,action_summary/* escapeHtml */.ZD)((0,manifest_shard/* shardLine */.d)(shard, names, shard.selected))) : '';
    let failures = '';
    const failed = results.filter(result => result.status === 'failed');
    if (failed.length > 0) {
        const rows = [['Video', 'Error', 'Resume with']];
        for (const result of failed) {
            const render = (0,resume/* resumableRender */.F)(result);
            const hint = render ? ` ${(0,resume/* resumeHint */.t)(render, { video: result.name })}` : '';
            runner.error(`${result.name}: ${(0,errors/* messageOf */.b)(result.error)}${hint}`, result.error instanceof errors/* ActionError */.l ? result.error.details.location : undefined);
            rows.push([
                (0,action_summary/* code */.aY)(result.name),
                (0,action_summary/* escapeHtml */.ZD)((0,errors/* messageOf */.b)(result.error)),
                render ? (0,action_summary/* code */.aY)(`resume-project-id: ${render}`) : ''
            ]);
        }
        const names = failed.map(result => result.name).join(', ');
        runner.log(`${failed.length} of ${results.length} videos failed: ${names}.`);
        failures = (0,action_summary/* heading */.R_)('Failed videos', 3) + (0,action_summary/* table */.tp)(rows);
        runner.fail();
    }
    await runner.summary(manifestSummary(results, failures, taken));
}
/** GitHub takes at most 1 MB per output (50 MB per run): the `videos` output stays under it. */
const MAX_OUTPUT_BYTES = 1_000_000;
/** An error kept to this many characters when the output must be small. */
const SHORT_ERROR = 200;
/**
 * The `videos` output: video name -> its status and its outputs under the single-video outputs' names.
 * When that is over GitHub's limit, each video keeps its status, its path and where it was delivered
 * (the bulky fields go, its error is cut short), with one warning; the job summary has the rest.
 */
function videosOutput(results, warn = () => { }) {
    const full = JSON.stringify(Object.fromEntries(results.map(r => [r.name, fullEntry(r)])));
    if (Buffer.byteLength(full) <= MAX_OUTPUT_BYTES)
        return full;
    warn(`The \`videos\` output of ${results.length} videos would be over GitHub's 1 MB for an output: each video has only its status, where its files are (video-path, artifact-url, asset-url, poster-path, poster-url) and a short error. The job summary has the rest.`);
    return JSON.stringify(Object.fromEntries(results.map(r => [r.name, slimEntry(r)])));
}
function fullEntry(result) {
    const report = result.report ?? {};
    return {
        status: result.status,
        'project-id': result.renderId ?? '',
        'source-project-id': result.sourceProjectId,
        'content-hash': result.contentHash ?? '',
        'cache-hit': report.cacheHit ?? result.dryRun?.cacheHit ?? false,
        changes: result.plan?.changes.length ?? 0,
        'video-path': report.videoPath ?? '',
        'video-size': report.video?.size ?? 0,
        'video-sha256': report.video?.sha256 ?? '',
        'download-url': report.downloadUrl ?? '',
        ...urls(report),
        exports: result.exported ? 1 : 0,
        'rendered-seconds': result.exported ? (report.facts?.duration ?? 0) : 0,
        error: result.error === undefined ? '' : (0,errors/* messageOf */.b)(result.error)
    };
}
function slimEntry(result) {
    const report = result.report ?? {};
    const error = result.error === undefined ? '' : (0,errors/* messageOf */.b)(result.error);
    return {
        status: result.status,
        'video-path': report.videoPath ?? '',
        ...urls(report),
        error: error.length > SHORT_ERROR ? `${error.slice(0, SHORT_ERROR - 1)}…` : error
    };
}
/** Where the video and its companions (the poster) are. */
const urls = (report) => ({
    'artifact-url': report.delivery?.outputs['artifact-url'] ?? '',
    'asset-url': report.delivery?.outputs['asset-url'] ?? '',
    ...(0,companions/* companionOutputs */.Fi)(report.companions ?? [], report.delivery?.outputs ?? {})
});

;// CONCATENATED MODULE: ./src/action/outline-report.ts


/**
 * A dry run without a patch shows the project as a patch author needs it: in a log group, and as a table in
 * the job summary. Returns the summary's part.
 */
async function reportOutline(runner, project) {
    const outline = projectOutline(project);
    await runner.group('Project outline', async () => {
        for (const line of outlineLines(outline))
            runner.log(line);
    });
    return outlineHtml(outline);
}
/** Every cell is API or user text, so every cell is escaped. */
function outlineHtml(outline) {
    return ((0,action_summary/* heading */.R_)(`Outline of "${outline.name}"`, 3) +
        (0,action_summary/* table */.tp)(outlineTable(outline).map(row => row.map(action_summary/* escapeHtml */.ZD))) +
        (outline.tagged ? '' : (0,action_summary/* paragraph */.FY)((0,action_summary/* escapeHtml */.ZD)(NO_TAGS_HINT))));
}

// EXTERNAL MODULE: ./src/action/failure-report.ts
var failure_report = __webpack_require__(20167);
;// CONCATENATED MODULE: ./src/action/comment-body.ts



/** GitHub refuses comment bodies over 65,536 characters; a JavaScript length is never fewer. */
const MAX_COMMENT_LENGTH = 65_536;
/**
 * How much a comment shows, most first: each video's facts and plan; the facts only (the plans are in the
 * job summary); a line per video; the count of videos. A body is made at the first that fits.
 */
const comment_body_DETAILS = ['plans', 'facts', 'lines', 'count'];
/**
 * The comment: the marker, the run, what it spent, then the videos in as much detail as GitHub takes. HTML
 * through the summary's escaping, so a script's blank lines and Markdown stay text and no `@name` in it
 * notifies anyone.
 */
function commentBody(marker, reviews, env, spending = '') {
    let body = '';
    for (const detail of comment_body_DETAILS) {
        body = bodyAt(detail, marker, reviews, env, spending);
        if (body.length <= MAX_COMMENT_LENGTH)
            break;
    }
    return body;
}
function bodyAt(detail, marker, reviews, env, spending) {
    const dryRun = reviews.every(review => review.render.kind === 'dry-run');
    const title = `AI Studios render${reviews.length > 1 ? 's' : ''}: ${dryRun ? 'the plan' : 'the result'}`;
    return (`${marker}\n` +
        (0,action_summary/* heading */.R_)(title, 2) +
        (0,action_summary/* paragraph */.FY)(runLine(env)) +
        (spending ? (0,action_summary/* paragraph */.FY)((0,action_summary/* escapeHtml */.ZD)(spending)) : '') +
        comment_body_videosAt(detail, reviews, env));
}
function comment_body_videosAt(detail, reviews, env) {
    switch (detail) {
        case 'plans':
        case 'facts':
            return reviews.map(review => videoSection(review, detail === 'plans')).join('');
        case 'lines': {
            const watched = reviews.some(review => review.render.kind === 'rendered');
            return ((0,action_summary/* paragraph */.FY)(`One line per video: the plans are in the ${summaryOf(env)}.`) +
                (0,action_summary/* table */.tp)([
                    ['Video', 'Render', ...(watched ? ['Watch'] : [])],
                    ...reviews.map(({ name, sourceProjectId, render }) => [
                        (0,action_summary/* code */.aY)(name ?? sourceProjectId),
                        renderNeed(render),
                        // The video's own link only: a line per video is for many of them.
                        ...(watched ? [render.kind === 'rendered' ? watchHtml(render.watch) : ''] : [])
                    ])
                ]));
        }
        case 'count':
            return (0,action_summary/* paragraph */.FY)(`${comment_body_countLine(reviews)}. Too many for a comment: each video, its plan and its links are in the ${summaryOf(env)}.`);
    }
}
/** "300 videos: 280 rendered, 15 from the cache, 5 failed". */
function comment_body_countLine(reviews) {
    const counts = new Map();
    for (const { render } of reviews) {
        const word = render.kind === 'rendered' && render.cacheHit ? 'from the cache' : render.kind;
        counts.set(word, (counts.get(word) ?? 0) + 1);
    }
    const parts = [...counts].map(([word, n]) => `${n} ${word === 'dry-run' ? 'planned' : word}`);
    return `${reviews.length} video${reviews.length === 1 ? '' : 's'}: ${parts.join(', ')}`;
}
/** The job summary is on the run's page. */
function summaryOf(env) {
    const url = runUrl(env);
    return url
        ? `job summary of ${(0,action_summary/* link */.nf)(`run ${env.GITHUB_RUN_ID ?? ''}`, url)}`
        : 'job summary of the run';
}
function runUrl({ GITHUB_SERVER_URL, GITHUB_REPOSITORY, GITHUB_RUN_ID }) {
    return GITHUB_SERVER_URL && GITHUB_REPOSITORY && GITHUB_RUN_ID
        ? `${GITHUB_SERVER_URL}/${GITHUB_REPOSITORY}/actions/runs/${GITHUB_RUN_ID}`
        : undefined;
}
/** Which run wrote the comment: it is rewritten by every run of the workflow. */
function runLine(env) {
    const url = runUrl(env);
    const run = url ? (0,action_summary/* link */.nf)(`run ${env.GITHUB_RUN_ID ?? ''}`, url) : 'this run';
    const commit = env.GITHUB_SHA ? ` at ${(0,action_summary/* code */.aY)(env.GITHUB_SHA.slice(0, 7))}` : '';
    return `Workflow ${(0,action_summary/* code */.aY)(env.GITHUB_WORKFLOW ?? '')}, ${run}${commit}; every run updates this comment.`;
}
function videoSection(review, withPlans) {
    const changes = review.plan?.changes.length;
    const { render } = review;
    const facts = (0,action_summary/* table */.tp)([
        ['What', 'Value'],
        ['Source project', (0,action_summary/* code */.aY)(review.sourceProjectId)],
        ['Changes', changes === undefined ? 'no patch' : String(changes)],
        ...(review.plan ? [['Scenes', (0,action_summary/* escapeHtml */.ZD)(scenesLine(review.plan))]] : []),
        ['Content hash', review.contentHash ? (0,action_summary/* code */.aY)(review.contentHash) : 'cache off'],
        ['Render', renderNeed(render)],
        ...(render.kind === 'rendered' ? [['Video', watchLinks(render.watch)]] : [])
    ]);
    const plan = !review.plan
        ? ''
        : changes === 0
            ? (0,action_summary/* paragraph */.FY)('No changes: the project already matches the patch.')
            : withPlans
                ? (0,action_summary/* heading */.R_)('Planned edits', review.name ? 4 : 3) + planTableHtml(review.plan)
                : (0,action_summary/* paragraph */.FY)('The plan is too long for a comment: it is in the job summary of the run.');
    return (review.name ? (0,action_summary/* heading */.R_)(`Video ${review.name}`, 3) : '') + facts + plan;
}
const watchLinks = (watch) => [watchHtml(watch), otherLinksHtml(watch)].filter(Boolean).join(' · ');
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
                return `not needed: the cached video of project ${(0,action_summary/* code */.aY)(need.projectId)} was reused (0 exports)`;
            return `done: rendered as project ${(0,action_summary/* code */.aY)(need.projectId)}${need.deleted ? ', deleted after delivery' : ''}`;
        case 'failed':
            return `failed: ${(0,action_summary/* escapeHtml */.ZD)(need.message)}`;
        case 'skipped':
            return 'skipped: an earlier video failed (fail-fast)';
    }
}

;// CONCATENATED MODULE: ./src/action/review-comment.ts



/**
 * With `pr-comment: true` on a pull request's run: the plan per video as the pull request's one comment of
 * this workflow and subject, and the `comment-url` output. Never fails the run.
 */
async function reportReview(runner, token, subject, reviews, spending, cancelled) {
    const { env } = runner;
    // Loaded only here: Octokit is most of the bundle.
    const { pullRequestOf } = await __webpack_require__.e(/* import() */ 878).then(__webpack_require__.bind(__webpack_require__, 45497));
    let target;
    try {
        target = await pullRequestOf(env);
    }
    catch (error) {
        runner.warn(`pr-comment: ${(0,errors/* messageOf */.b)(error)}; no comment was posted.`);
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
        body: commentBody(marker, reviews, env, spending)
    }, runner, { signal: cancelled });
    if (url)
        runner.output('comment-url', url);
}
/** Each video's review, in the manifest's order; a single video has no name of its own. */
function reviewsOf(run) {
    return run.results.map((result) => ({
        ...(run.kind === 'manifest' ? { name: result.name } : {}),
        sourceProjectId: result.sourceProjectId,
        plan: result.plan,
        contentHash: result.contentHash,
        render: renderNeedOf(result)
    }));
}
function renderNeedOf(result) {
    const { report, dryRun } = result;
    if (report)
        return {
            kind: 'rendered',
            projectId: report.renderedProjectId,
            cacheHit: report.cacheHit,
            deleted: report.projectDeleted,
            watch: watchOf(report)
        };
    if (dryRun)
        return {
            kind: 'dry-run',
            needsExport: dryRun.needsExport,
            cacheHit: dryRun.cacheHit,
            cacheOn: dryRun.cacheOn
        };
    if (result.status === 'failed')
        return { kind: 'failed', message: (0,errors/* messageOf */.b)(result.error) };
    return { kind: 'skipped' };
}

;// CONCATENATED MODULE: ./src/action/run-report.ts







/**
 * Outputs, log, annotations and job summary of a run, from its videos' results; then what it spent.
 * `shardCount`: the `matrix` output's (`shard-count`).
 */
async function reportRun(runner, run, shardCount) {
    const spent = (0,run_result/* spendingOf */.oh)(run.results);
    runner.output('exports', String(spent.exports));
    runner.output('rendered-seconds', spent.renderedSeconds.toFixed(3));
    const line = (0,run_result/* spendingLine */.XM)(run.results);
    runner.log(line);
    // A delivered single video's summary is one table: the line is its last row.
    const [video] = run.results;
    if (run.kind === 'single' && video.report)
        return reportResult(runner, { ...video, report: video.report }, planOf(runner, run), line);
    await reportVideos(runner, run, shardCount);
    await runner.summary((0,action_summary/* paragraph */.FY)((0,action_summary/* escapeHtml */.ZD)(line)));
}
const planOf = (runner, run) => run.results[0].plan ? reportPlan(runner, run.results[0].plan) : '';
async function reportVideos(runner, run, shardCount) {
    if (run.kind === 'manifest')
        return reportManifest(runner, run, shardCount);
    const [video] = run.results;
    const planHtml = planOf(runner, run);
    if (video.dryRun) {
        runner.output('content-hash', video.contentHash ?? '');
        const outlineHtml = video.unpatched ? await reportOutline(runner, video.unpatched) : '';
        return reportDryRun(runner, video.sourceProjectId, video.dryRun.request, planHtml + outlineHtml);
    }
    return (0,failure_report.reportFailure)(runner, video.error, video.renderId, planHtml);
}
/**
 * The pull request's comment of the run (`pr-comment`). A single video that failed before its plan was made
 * has nothing to show the reviewers.
 */
async function commentOnRun(runner, token, subject, run, cancelled) {
    if (run.kind === 'single' && !run.results[0].plan && run.results[0].status === 'failed')
        return;
    // Bounded by its own minute and a cancel, not by the run's deadline: a run that ran out of time still
    // shows the reviewers its plan.
    await reportReview(runner, token, subject, reviewsOf(run), (0,run_result/* spendingLine */.XM)(run.results), cancelled);
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
/* harmony import */ var _neutralise_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77758);

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
const oneLine = (text) => escapeKeepingLines(text).replace(/\r\n|\r|\n/g, '<br>');
/** Text as one line of HTML in which no `@name` notifies anyone. */
function escapeHtml(text) {
    return (0,_neutralise_js__WEBPACK_IMPORTED_MODULE_0__/* .inertMentions */ ._)(oneLine(text));
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
// GitHub makes no mention in code or in a link's text, and an address must stay as it is.
const code = (text) => `<code>${oneLine(text)}</code>`;
const link = (text, href) => `<a href="${oneLine(href)}">${oneLine(text)}</a>`;
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


/***/ }),

/***/ 64612:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   XM: () => (/* binding */ spendingLine),
/* harmony export */   Z$: () => (/* binding */ isDelivered),
/* harmony export */   oh: () => (/* binding */ spendingOf)
/* harmony export */ });
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


/***/ }),

/***/ 25294:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F: () => (/* binding */ resumableRender),
/* harmony export */   t: () => (/* binding */ resumeHint)
/* harmony export */ });
/* harmony import */ var _render_wait_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(32432);

/**
 * The render a failed video can be fetched from without a new export: the one it started or resumed, unless
 * AI Studios said that render failed (there is nothing to fetch then).
 */
function resumableRender(result) {
    return result.error instanceof _render_wait_js__WEBPACK_IMPORTED_MODULE_0__/* .RenderFailedError */ .Ao ? undefined : result.renderId;
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


/***/ })

};

//# sourceMappingURL=245.index.js.map