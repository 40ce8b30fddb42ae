// For tsconfig.core.json only: the core may load a bundled module lazily (`require`), as the
// templates load Handlebars, but sees nothing else of Node. Not part of the main tsconfig (which
// has Node's own types), hence excluded there.
declare function require(id: string): unknown;
