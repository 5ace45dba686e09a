/** JMH mode: benchmarks generated and run in forks of their own after the check, their figures attached to its results. */
package dev.allocbudget.core.jmh;
