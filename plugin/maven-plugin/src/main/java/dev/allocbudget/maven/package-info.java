/** Thin Maven adapters over allocbudget-core: POM parameters in, log lines and build results out. */
package dev.allocbudget.maven;
