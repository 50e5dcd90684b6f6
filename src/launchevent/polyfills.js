/*
 * ES2017+ built-ins for classic Outlook on Windows, whose event runtime is
 * ES2016. Prepended to dist/launchevent.js by webpack's BannerPlugin after
 * minifying, not imported: esbuild's helpers (object spread lowered to ES2016
 * when the bundle is minified) capture Object.getOwnPropertyDescriptors in the
 * bundle's first line, before any module runs. Plain ES5 so the build can
 * prepend it as is.
 *
 * Our code may use what tsconfig.launchevent.json's `lib` adds to ES2016, which
 * is only what is installed here (test/launchevent-bundle.test.ts checks both);
 * valibot calls none of them. Each is installed only when missing,
 * non-enumerable like the original.
 */
"use strict";
(function () {
  function define(target, name, value) {
    if (target[name] === undefined) {
      Object.defineProperty(target, name, { value: value, writable: true, configurable: true, enumerable: false });
    }
  }

  function padding(text, length, fill) {
    var filler = fill === undefined ? " " : String(fill);
    var missing = length - text.length;
    var pad = "";
    if (missing <= 0 || filler === "") return "";
    while (pad.length < missing) pad += filler;
    return pad.slice(0, missing);
  }

  define(Object, "getOwnPropertyDescriptors", function (object) {
    var out = {};
    var keys = Object.getOwnPropertyNames(object).concat(Object.getOwnPropertySymbols(object));
    for (var i = 0; i < keys.length; i++) out[keys[i]] = Object.getOwnPropertyDescriptor(object, keys[i]);
    return out;
  });
  define(Object, "entries", function (object) {
    return Object.keys(object).map(function (key) { return [key, object[key]]; });
  });
  define(Object, "values", function (object) {
    return Object.keys(object).map(function (key) { return object[key]; });
  });
  define(Object, "fromEntries", function (entries) {
    var out = {};
    Array.from(entries).forEach(function (entry) { out[entry[0]] = entry[1]; });
    return out;
  });

  define(String.prototype, "padStart", function (length, fill) {
    return padding(String(this), length, fill) + String(this);
  });
  define(String.prototype, "padEnd", function (length, fill) {
    return String(this) + padding(String(this), length, fill);
  });
})();
