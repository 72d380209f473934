// Script-injection attempts for the "remote text stays text" tests. Every payload that managed to run
// would call `window.__batonXss()`; every one that managed to parse would leave an element behind.
const CALL = '__batonXss()';

const vectors = [
  `<script>${CALL}</script>`,
  `<img src=x onerror=${CALL}>`,
  `<img src="x" onerror="${CALL}">`,
  `<svg onload=${CALL}>`,
  `<svg><script>${CALL}</script></svg>`,
  `<body onload=${CALL}>`,
  `<iframe srcdoc="<script>parent.${CALL}</script>"></iframe>`,
  `<iframe src="javascript:parent.${CALL}"></iframe>`,
  `<details open ontoggle=${CALL}>`,
  `<video><source onerror=${CALL}></video>`,
  `<audio src=x onerror=${CALL}>`,
  `<input autofocus onfocus=${CALL}>`,
  `<select autofocus onfocus=${CALL}>`,
  `<textarea autofocus onfocus=${CALL}></textarea>`,
  `<marquee onstart=${CALL}>`,
  `<object data="javascript:${CALL}"></object>`,
  `<embed src="javascript:${CALL}">`,
  `<a href="javascript:${CALL}">click</a>`,
  `<math><mtext><table><mglyph><style><img src=x onerror=${CALL}>`,
  `<style>@import 'javascript:${CALL}';</style>`,
  `<link rel=stylesheet href="javascript:${CALL}">`,
  `<meta http-equiv="refresh" content="0;url=javascript:${CALL}">`,
  `<form><button formaction="javascript:${CALL}">x</button></form>`,
  `<isindex action="javascript:${CALL}" type=image>`,
  `<div style="background:url(javascript:${CALL})">`,
  `<template><img src=x onerror=${CALL}></template>`,
  `<noscript><p title="</noscript><img src=x onerror=${CALL}>">`,
  `<xmp><img src=x onerror=${CALL}></xmp>`,
  `<img src=x:x onerror=&#x5f;&#x5f;batonXss()>`,
  `<img src=x onerror=\\u005f\\u005fbatonXss()>`,
  `<IMG SRC=x OnErRoR=${CALL}>`,
  `<img/src=x/onerror=${CALL}>`,
  `<svg><animate onbegin=${CALL} attributeName=x dur=1s>`,
  `<svg><a xlink:href="javascript:${CALL}"><text x=20 y=20>x</text></a></svg>`,
  `<base href="javascript:${CALL}//">`,
  `<object type="text/html" data="data:text/html,<script>parent.${CALL}</script>"></object>`,
  `\${${CALL}}`,
  `{{constructor.constructor('${CALL}')()}}`,
];

const wrappers = [
  (v: string) => v,
  (v: string) => `"><${v.slice(1)}`,
  (v: string) => `'>${v}`,
  (v: string) => `</li></ol>${v}`,
];

export const XSS_PAYLOADS: readonly string[] = [...new Set(vectors.flatMap((vector) => wrappers.map((wrap) => wrap(vector))))];
