export const id = 213;
export const ids = [213];
export const modules = {

/***/ 50213:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   deliverVideo: () => (/* binding */ deliverVideo),
/* harmony export */   prepareDelivery: () => (/* binding */ prepareDelivery)
/* harmony export */ });
/* harmony import */ var _shared_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(58382);

/**
 * Everything about the uploads that can be checked before spending render credits: the artifact
 * runtime and name, the release, the token, name clashes. Throws ActionError.
 * `env` is read for GitHub's variables; @actions/artifact reads process.env itself, so pass that.
 */
async function prepareDelivery(options, videoFileName, env, log) {
    const prepared = {};
    // Each client is loaded only when its mode is on: `upload: artifact` never loads Octokit, and
    // `upload: none` neither client (start-up time and peak memory).
    if (options.modes.has('artifact')) {
        const { prepareArtifact } = await Promise.all(/* import() */[__webpack_require__.e(351), __webpack_require__.e(30), __webpack_require__.e(935), __webpack_require__.e(555)]).then(__webpack_require__.bind(__webpack_require__, 91555));
        prepared.artifact = await prepareArtifact(options, videoFileName, env, log);
    }
    if (options.modes.has('release')) {
        const { releaseTag: tag, token, assetName, overwrite } = options;
        if (!tag || !token) {
            throw new Error('release options need parseDeliveryOptions to set tag and token');
        }
        const { prepareRelease } = await Promise.all(/* import() */[__webpack_require__.e(351), __webpack_require__.e(757)]).then(__webpack_require__.bind(__webpack_require__, 93757));
        prepared.release = await prepareRelease({ tag, token, assetName, overwrite }, videoFileName, env, log);
    }
    return prepared;
}
/**
 * Uploads the rendered video. The artifact goes first: it has no size limit and keeps the paid-for
 * video even when the release upload then fails, in which case the error says where it is.
 */
async function deliverVideo(prepared, video, log, signal) {
    const artifact = prepared.artifact
        ? await (await Promise.all(/* import() */[__webpack_require__.e(351), __webpack_require__.e(30), __webpack_require__.e(935), __webpack_require__.e(555)]).then(__webpack_require__.bind(__webpack_require__, 91555))).uploadArtifact(prepared.artifact, video, log, signal)
        : undefined;
    if (!prepared.release)
        return { ...artifact };
    try {
        const { uploadReleaseAsset } = await Promise.all(/* import() */[__webpack_require__.e(351), __webpack_require__.e(757)]).then(__webpack_require__.bind(__webpack_require__, 93757));
        return { ...artifact, ...(await uploadReleaseAsset(prepared.release, video, log, signal)) };
    }
    catch (error) {
        if (signal?.aborted || !artifact || !(error instanceof _shared_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ActionError */ .l))
            throw error;
        throw new _shared_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ActionError */ .l(`The video was uploaded as workflow artifact ${artifact.artifactUrl}, but not to the release: ${error.message}`, error.details);
    }
}


/***/ })

};

//# sourceMappingURL=213.index.js.map