/** Files and JSON without dependencies: a strict JSON reader that knows lines, JSON writing helpers, atomic replacement. */
package dev.allocbudget.core.io;
