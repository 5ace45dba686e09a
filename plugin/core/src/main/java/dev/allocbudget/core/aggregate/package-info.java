/**
 * One report for a build of many modules: each module's {@code report.json} read as it was written (or why it could
 * not be), and the methods of all of them in one order. Works on the JSON each module wrote, not on the check's
 * model, so that a module's fields pass through whole and a report's problems are named per module.
 */
package dev.allocbudget.core.aggregate;
