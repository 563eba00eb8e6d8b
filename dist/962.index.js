export const id = 962;
export const ids = [962];
export const modules = {

/***/ 41962:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   gatherRun: () => (/* binding */ gatherRun)
/* harmony export */ });
/* harmony import */ var _manifest_shard_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(64701);
/* harmony import */ var _shared_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(58382);
/* harmony import */ var _jobs_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(47671);
/* harmony import */ var _shard_file_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(66804);




/**
 * Merges the shards' results into one run, in the manifest's order (the gather's own manifest and `only`). A
 * video no shard reported is failed, naming its shard, so the report shows it and the gather fails.
 */
async function gatherRun(settings, files) {
    if (files.length === 0)
        throw new _shared_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ActionError */ .l(`No shard stored its results in this workflow run (no artifact named ${_shard_file_js__WEBPACK_IMPORTED_MODULE_3__/* .SHARD_FILE_PREFIX */ .zO}*): run the shard jobs with \`shard\` first, and the gather job after them (\`needs:\` and \`if: always()\`).`, { input: 'gather' });
    const shards = files.map(file => (0,_shard_file_js__WEBPACK_IMPORTED_MODULE_3__/* .readShardFile */ .xu)(file.name, file.text));
    const count = shards[0].shard.count;
    const other = shards.find(each => each.shard.count !== count);
    if (other)
        throw new _shared_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ActionError */ .l(`This workflow run holds shards of ${count} and of ${other.shard.count}: every shard job of a run must have the same count; re-run the workflow.`, { input: 'gather' });
    const byName = new Map(shards.flatMap(each => each.results).map(result => [result.name, result]));
    const { jobs } = await (0,_jobs_js__WEBPACK_IMPORTED_MODULE_2__/* .videoJobs */ .A)(settings);
    const missing = new Set();
    const results = jobs.map((job) => {
        const found = byName.get(job.name);
        if (found)
            return found;
        const index = (0,_manifest_shard_js__WEBPACK_IMPORTED_MODULE_0__/* .shardOf */ .IS)(job.name, count);
        missing.add(index);
        return {
            name: job.name,
            status: 'failed',
            sourceProjectId: job.projectId,
            error: new _shared_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ActionError */ .l(`its shard ${(0,_manifest_shard_js__WEBPACK_IMPORTED_MODULE_0__/* .shardLabel */ .$_)({ index, count })} stored no results (the job was cancelled, or failed before it finished): re-run that job, then the gather.`)
        };
    });
    return {
        run: { kind: 'manifest', results },
        count,
        expected: (0,_manifest_shard_js__WEBPACK_IMPORTED_MODULE_0__/* .shardsOf */ .$b)(jobs.map(job => job.name), count).length,
        reported: shards.map(each => each.shard).sort((a, b) => a.index - b.index),
        missing: [...missing].sort((a, b) => a - b).map(index => ({ index, count }))
    };
}


/***/ }),

/***/ 47671:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  A: () => (/* binding */ videoJobs)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/patch/fail.ts
var fail = __webpack_require__(83956);
// EXTERNAL MODULE: ./src/patch/files.ts
var patch_files = __webpack_require__(18961);
// EXTERNAL MODULE: ./src/patch/node-files.ts
var node_files = __webpack_require__(5702);
// EXTERNAL MODULE: ./src/patch/source.ts + 1 modules
var patch_source = __webpack_require__(44063);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 13 modules
var schemas = __webpack_require__(55491);
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
async function loadManifest(file, { workspace, files = node_files/* nodeFiles */.k, artifactNames = false }) {
    const { shown, text } = await (0,patch_files/* readNamedFile */.wh)(files, workspace, file, 'the manifest file');
    if (text.trim() === '')
        throw (0,fail/* failAt */.Y)({ file: shown, line: 1, column: 1 }, 'the manifest is empty: write `videos:` with one entry per video');
    const source = (0,patch_source/* parseSource */.P)(text, shown);
    const videos = checkManifest(source, artifactNames);
    for (const video of videos)
        for (const [key, file] of [
            ['patch', video.patch],
            ['output-path', video.outputPath]
        ])
            if (file !== undefined && !(0,patch_files/* isInside */.FK)(workspace, external_node_path_default().resolve(workspace, file)))
                throw (0,fail/* failAt */.Y)(source.locate(['videos', video.name, key]), `videos.${video.name}: ${key} "${file}" is outside the workspace: use a path inside the repository`);
    return { file: shown, videos };
}
function checkManifest(source, artifactNames) {
    const result = ManifestFileSchema.safeParse(source.data);
    if (!result.success) {
        const issue = result.error.issues.find(each => each.code === 'unrecognized_keys') ?? result.error.issues[0];
        const at = issue.path.map(s => (typeof s === 'number' ? s : String(s)));
        if (issue.code === 'unrecognized_keys') {
            const key = issue.keys[0];
            throw (0,fail/* failAt */.Y)(source.locate([...at, key], 'key'), `${(0,patch_source/* describePath */.N)([...at, key], false)}: unknown key; ${knownKeys(at)}`);
        }
        throw (0,fail/* failAt */.Y)(source.locate(at), `${(0,patch_source/* describePath */.N)(at, false)}: ${issue.message}`);
    }
    const { defaults = {}, videos } = result.data;
    const entries = Object.entries(videos);
    if (entries.length === 0)
        throw (0,fail/* failAt */.Y)(source.locate(['videos']), 'videos: is empty: give at least one video');
    const claimed = {
        'output-path': new Map(),
        'asset-name': new Map(),
        artifact: new Map()
    };
    return entries.map(([name, entry]) => {
        const at = source.locate(['videos', name], 'key');
        if (!VIDEO_NAME.test(name))
            throw (0,fail/* failAt */.Y)(at, `videos.${JSON.stringify(name)}: a video name is lower-case letters, digits, '.', '_' and '-', starting with a letter or digit`);
        const merged = { ...defaults, ...entry, vars: { ...defaults.vars, ...entry.vars } };
        if (merged['project-id'] === undefined)
            throw (0,fail/* failAt */.Y)(at, `videos.${name}: project-id is required (here or in defaults)`);
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
                throw (0,fail/* failAt */.Y)(entry[key] === undefined ? at : source.locate(['videos', name, key]), `videos.${name}: ${key} "${value}" is also the ${key} of ${other}: give each video its own`);
            claimed[key].set(value, name);
        }
        const artifact = external_node_path_default().basename(video.outputPath);
        const owner = claimed.artifact.get(artifact);
        if (artifactNames && owner !== undefined)
            throw (0,fail/* failAt */.Y)(entry['output-path'] === undefined ? at : source.locate(['videos', name, 'output-path']), `videos.${name}: output-path "${video.outputPath}" has the file name of ${owner}'s, and each video's artifact is named after its file: give it a file name of its own, e.g. ${name}.mp4`);
        claimed.artifact.set(artifact, name);
        return video;
    });
}
function knownKeys(at) {
    if (at.length === 0)
        return 'a manifest has `videos` and optional `defaults`';
    return 'a video takes project-id, patch, vars, resolution, workspace-id, output-path, asset-name, resume-project-id';
}

// EXTERNAL MODULE: ./src/shared/errors.ts
var errors = __webpack_require__(58382);
// EXTERNAL MODULE: ./src/manifest/shard.ts
var manifest_shard = __webpack_require__(64701);
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
        throw new errors/* ActionError */.l(`Input \`only\` names ${unknown.map(n => `"${n}"`).join(', ')}, not in the manifest: use one of ${[...known].join(', ')}.`, { input: 'only' });
    const wanted = new Set(names);
    return videos.filter(video => wanted.has(video.name));
}
/**
 * The videos of one shard, in manifest order. A video's shard depends on its name and the shard count only,
 * so selecting with `only` first or after gives the same videos.
 */
function selectShard(videos, shard) {
    return videos.filter(video => (0,manifest_shard/* shardOf */.IS)(video.name, shard.count) === shard.index);
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


/***/ })

};

//# sourceMappingURL=962.index.js.map