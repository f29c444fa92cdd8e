// Preloaded (`node --require`) into the product's processes by the no-network test: any attempt to open a network
// socket, resolve a host name or make an HTTP request is recorded in the marker file named by
// NEWS_ANNOTATOR_NETWORK_MARKER (one line per attempt, with its stack) and then fails with an error.
// Local IPC is not network: stdio pipes, Unix domain sockets and named pipes (a `path` instead of a port) pass.
// `import x = require()` binds the real module objects: a namespace import would be a copy, and patching a copy
// would guard nothing.
import dgram = require('node:dgram');
import dns = require('node:dns');
import fs = require('node:fs');
import http = require('node:http');
import https = require('node:https');
import nodeModule = require('node:module');
import net = require('node:net');
import tls = require('node:tls');

const MARKER = process.env.NEWS_ANNOTATOR_NETWORK_MARKER;

function blocked(api: string): never {
  const stack = new Error(`network access blocked: ${api}`).stack ?? api;
  if (MARKER) fs.appendFileSync(MARKER, `${process.pid} ${api}\n${stack}\n\n`);
  throw new Error(`network access blocked by the no-network test: ${api}`);
}

/** True when the connect/listen arguments name a local pipe or Unix socket rather than a host and port. */
function isLocalPipe(args: unknown[]): boolean {
  const first = Array.isArray(args[0]) ? (args[0] as unknown[])[0] : args[0]; // net normalizes to [options, callback]
  if (typeof first === 'string') return !/^\d+$/.test(first); // a path, not a port number given as a string
  if (first !== null && typeof first === 'object') {
    const options = first as { path?: unknown; port?: unknown; fd?: unknown; handle?: unknown; _handle?: unknown };
    return options.path !== undefined || options.fd !== undefined || options.handle !== undefined || options._handle !== undefined;
  }
  return false;
}

function replace<T extends object>(target: T, name: keyof T & string, label: string, allow?: (args: unknown[]) => boolean): void {
  const original = target[name] as unknown as (...args: unknown[]) => unknown;
  if (typeof original !== 'function') return;
  const guarded = function (this: unknown, ...args: unknown[]) {
    if (allow?.(args)) return original.apply(this, args);
    return blocked(label);
  };
  Object.defineProperty(target, name, { value: guarded, writable: true, configurable: true });
}

// Only install when asked to, so the test runner loading this file as a test does not change its own process.
if (MARKER) {
  replace(net.Socket.prototype, 'connect', 'net.Socket.prototype.connect', isLocalPipe);
  replace(net, 'connect', 'net.connect', isLocalPipe);
  replace(net, 'createConnection', 'net.createConnection', isLocalPipe);
  replace(net.Server.prototype, 'listen', 'net.Server.prototype.listen', isLocalPipe);
  replace(tls, 'connect', 'tls.connect');
  replace(dgram, 'createSocket', 'dgram.createSocket');
  replace(http, 'request', 'http.request');
  replace(http, 'get', 'http.get');
  replace(https, 'request', 'https.request');
  replace(https, 'get', 'https.get');
  for (const name of [
    'lookup',
    'lookupService',
    'resolve',
    'resolve4',
    'resolve6',
    'resolveAny',
    'resolveCname',
    'resolveMx',
    'resolveTxt',
    'resolveSrv',
    'resolveNs',
    'reverse',
  ] as const) {
    replace(dns, name, `dns.${name}`);
    replace(dns.promises, name, `dns.promises.${name}`);
  }
  replace(dns.Resolver.prototype, 'resolve', 'dns.Resolver.prototype.resolve');
  if (typeof globalThis.fetch === 'function') replace(globalThis, 'fetch', 'fetch');
  nodeModule.syncBuiltinESMExports(); // so `import { connect } from 'node:net'` sees the guarded functions too
}
