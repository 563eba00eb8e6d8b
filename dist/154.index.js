export const id = 154;
export const ids = [154];
export const modules = {

/***/ 39154:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  outlineHtml: () => (/* binding */ outlineHtml),
  reportOutline: () => (/* binding */ reportOutline)
});

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

// EXTERNAL MODULE: ./src/action/summary.ts
var summary = __webpack_require__(38770);
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
    return ((0,summary/* heading */.R_)(`Outline of "${outline.name}"`, 3) +
        (0,summary/* table */.tp)(outlineTable(outline).map(row => row.map(summary/* escapeHtml */.ZD))) +
        (outline.tagged ? '' : (0,summary/* paragraph */.FY)((0,summary/* escapeHtml */.ZD)(NO_TAGS_HINT))));
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


/***/ }),

/***/ 83956:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Y: () => (/* binding */ failAt),
/* harmony export */   r: () => (/* binding */ lineColumn)
/* harmony export */ });
/* harmony import */ var _shared_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(58382);

/**
 * A mistake in the patch (or a file it reads), located. The message starts with the place too, because the
 * log and the job summary show the message without the annotation's file and line.
 */
function failAt(at, message) {
    const place = at.line === undefined ? at.file : `${at.file} line ${at.line}, column ${at.column ?? 1}`;
    return new _shared_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ActionError */ .l(`${place}: ${message}`, { location: at });
}
/** `text`'s 1-based line and column at `offset`. */
function lineColumn(text, offset) {
    const lines = text.slice(0, offset).split('\n');
    return { line: lines.length, column: (lines.at(-1) ?? '').length + 1 };
}


/***/ }),

/***/ 33155:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $I: () => (/* binding */ lookup),
/* harmony export */   kU: () => (/* binding */ fromPointer),
/* harmony export */   rb: () => (/* binding */ toPointer)
/* harmony export */ });
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


/***/ }),

/***/ 6126:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   o: () => (/* binding */ speechSlots)
/* harmony export */ });
/* harmony import */ var _fail_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83956);
/* harmony import */ var _shared_json_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(78451);
/* harmony import */ var _pointer_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(33155);



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
            pointer: (0,_pointer_js__WEBPACK_IMPORTED_MODULE_1__/* .toPointer */ .rb)(['scenes', sceneIndex, 'scripts', k, 'org']),
            exists: Object.hasOwn(entries[k], 'org'),
            before: entries[k].org ?? null
        });
    }
    const clipScript = (0,_shared_json_js__WEBPACK_IMPORTED_MODULE_2__/* .isRecord */ .u)(clip?.script) ? clip.script : undefined;
    if (avatar !== undefined &&
        clipScript &&
        (typeof clipScript.org === 'string' || clipScript.org === null))
        slots.push({
            pointer: (0,_pointer_js__WEBPACK_IMPORTED_MODULE_1__/* .toPointer */ .rb)(['scenes', sceneIndex, 'clips', avatar, 'script', 'org']),
            exists: true,
            before: clipScript.org
        });
    if (!slots.length)
        throw (0,_fail_js__WEBPACK_IMPORTED_MODULE_0__/* .failAt */ .Y)(script.at, `${script.where}: scene ${sceneIndex} has no speech to edit: it has no \`scripts\` entries and no avatar clip with \`script.org\``);
    return slots;
}
/**
 * The `scripts` entry of an avatar: the one whose modelId (and clothId, to break a tie) is the avatar's model,
 * else the only entry of a scene with at most one avatar (the docs say scenes hold one). Entries are never
 * paired with avatars by position: a wrong guess would put words in the wrong mouth.
 */
function scriptEntry(scene, sceneIndex, clip, script) {
    const entries = scene.scripts ?? [];
    const model = (0,_shared_json_js__WEBPACK_IMPORTED_MODULE_2__/* .isRecord */ .u)(clip?.model) ? clip.model : undefined;
    const aiName = typeof model?.ai_name === 'string' ? model.ai_name : undefined;
    const fix = `change it with a raw op under \`ops\` (path /scenes/${sceneIndex}/scripts/<k>/org)`;
    if (aiName) {
        let matches = entries.flatMap((entry, k) => (entry.modelId === aiName ? [k] : []));
        if (matches.length > 1 && typeof model?.emotion === 'string')
            matches = matches.filter(k => entries[k].clothId === model.emotion);
        if (matches.length === 1)
            return matches[0];
        if (matches.length > 1)
            throw (0,_fail_js__WEBPACK_IMPORTED_MODULE_0__/* .failAt */ .Y)(script.at, `${script.where}: scene ${sceneIndex} has ${matches.length} scripts entries for avatar model ${aiName} (entries ${matches.join(', ')}): ${fix}`);
    }
    const avatars = scene.clips.filter(each => each.type === 'aiModel').length;
    if (entries.length === 1 && avatars <= 1)
        return 0;
    const modelIds = entries.map(entry => entry.modelId ?? 'none').join(', ');
    throw (0,_fail_js__WEBPACK_IMPORTED_MODULE_0__/* .failAt */ .Y)(script.at, `${script.where}: cannot tell which of scene ${sceneIndex}'s ${entries.length} scripts entries (modelIds ${modelIds}) belongs to ${clip ? `avatar ${clip.id} (model ${aiName ?? 'unknown'})` : 'this script'}: ${fix}`);
}


/***/ })

};

//# sourceMappingURL=154.index.js.map