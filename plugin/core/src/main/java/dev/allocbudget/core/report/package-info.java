/** What the user reads: report.json, TEST-allocbudget.xml, report.md, report.html, and the console text and advice of the goals. */
package dev.allocbudget.core.report;
