/**
 * Objects per call and where they are allocated, after the bytes/op verdict: the native agent's count
 * ({@link dev.allocbudget.runner.count.ObjectCounter}), the JFR fallback, and the sites users read
 * ({@link dev.allocbudget.runner.count.Sites}).
 */
package dev.allocbudget.runner.count;
