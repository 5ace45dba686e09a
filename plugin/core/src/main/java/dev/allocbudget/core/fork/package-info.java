/** Forked JVMs: their class paths, the native agent, launching one and reading how it ended ({@code ForkRun}); how many run at once ({@code ForkSlots}). */
package dev.allocbudget.core.fork;
