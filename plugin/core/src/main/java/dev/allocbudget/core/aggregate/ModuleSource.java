package dev.allocbudget.core.aggregate;

import java.nio.file.Path;

/**
 * A module of the build, as the build tool knows it: its name, where it is, and where its check writes
 * {@code report.json}.
 *
 * @param name        what the build calls the module (Maven: its artifactId)
 * @param path        its directory, relative to the build's root ({@code .} for the root itself)
 * @param reportFile  where its {@code report.json} is, whether or not it exists
 * @param inThisBuild false for a module of the project that this build left out ({@code -pl}, {@code -rf}): its
 *                    report, if any, is from an earlier build
 */
public record ModuleSource(String name, String path, Path reportFile, boolean inThisBuild) {}
