package com.penultimate.sysops.local.lambda;

import java.net.URL;
import java.net.URLClassLoader;

/**
 * Loads one function's deployable jar child-first, as its own Lambda container would: it sees only what
 * its jar holds. The Lambda runtime's interfaces ({@code com.amazonaws.services.lambda.runtime}, not its
 * sub-packages) come from the host so the runtime can call the handler.
 */
final class FunctionClassLoader extends URLClassLoader {
    private static final String RUNTIME_PACKAGE = "com.amazonaws.services.lambda.runtime.";

    FunctionClassLoader(String name, URL jar) {
        super(name, new URL[] {jar}, FunctionClassLoader.class.getClassLoader());
    }

    @Override
    protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
        synchronized (getClassLoadingLock(name)) {
            Class<?> loaded = findLoadedClass(name);
            if (loaded == null) {
                if (name.startsWith("java.") || isRuntimeInterface(name)) {
                    return super.loadClass(name, resolve);
                }
                try {
                    loaded = findClass(name);
                } catch (ClassNotFoundException notInJar) {
                    loaded = getPlatformClassLoader().loadClass(name);
                }
            }
            if (resolve) {
                resolveClass(loaded);
            }
            return loaded;
        }
    }

    @Override
    public URL getResource(String name) {
        URL own = findResource(name);
        return own != null ? own : getPlatformClassLoader().getResource(name);
    }

    @Override
    public java.util.Enumeration<URL> getResources(String name) throws java.io.IOException {
        return findResources(name);
    }

    private static boolean isRuntimeInterface(String name) {
        return name.startsWith(RUNTIME_PACKAGE) && name.indexOf('.', RUNTIME_PACKAGE.length()) < 0;
    }
}
