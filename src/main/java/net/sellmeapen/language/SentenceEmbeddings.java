package net.sellmeapen.language;

import dev.langchain4j.model.embedding.EmbeddingModel;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.ExecutionException;
import net.sellmeapen.errors.UnavailableException;

/**
 * What a sentence means, as a unit vector: quantized all-MiniLM-L6-v2 run in-process on ONNX
 * Runtime, no network. The model loads in the background from construction, so a server can answer
 * at once; the first {@link #embed} waits for it. Vectors are cached (least recently used first out,
 * bounded), because a conversation is read again at every turn.
 */
public final class SentenceEmbeddings {

    /** Length of every vector. */
    public static final int DIMENSIONS = 384;
    /** Longest text embedded, in characters; the model reads about 256 word pieces anyway. */
    static final int MAX_CHARS = 1_000;

    private final CompletableFuture<EmbeddingModel> model;
    private final AtomicBoolean loading = new AtomicBoolean();
    private final Map<String, float[]> cache;
    private final AtomicLong computed = new AtomicLong();

    /**
     * Keeps at most {@code cacheSize} vectors. The model is not loaded yet: {@link #startLoading}
     * starts that on a background thread (the first {@link #embed} does too, and waits for it).
     */
    public SentenceEmbeddings(int cacheSize) {
        this.model = new CompletableFuture<>();
        this.cache = new LinkedHashMap<>(cacheSize, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, float[]> eldest) {
                return size() > cacheSize;
            }
        };
    }

    /** Starts loading the model on a background thread, once; later calls do nothing. */
    public void startLoading() {
        if (!loading.compareAndSet(false, true)) {
            return;
        }
        Thread loader = new Thread(() -> {
            try {
                model.complete(new QuietMiniLm());
            } catch (RuntimeException | LinkageError e) {
                model.completeExceptionally(e);
            }
        }, "sentence-model-loader");
        loader.setDaemon(true);
        loader.start();
    }

    /** True once the model is loaded and ready to embed. */
    public boolean isLoaded() {
        return model.isDone() && !model.isCompletedExceptionally();
    }

    /** True when loading the model failed (the reason is in {@link #embed}'s exception). */
    public boolean hasFailed() {
        return model.isCompletedExceptionally();
    }

    /** The unit vector of the text (trimmed, at most {@value #MAX_CHARS} characters); waits for the model. */
    public float[] embed(String text) {
        String key = text.strip();
        if (key.length() > MAX_CHARS) {
            key = key.substring(0, MAX_CHARS);
        }
        synchronized (cache) {
            float[] cached = cache.get(key);
            if (cached != null) {
                return cached;
            }
        }
        float[] vector = normalised(loadedModel().embed(key).content().vector());
        computed.incrementAndGet();
        synchronized (cache) {
            cache.put(key, vector);
        }
        return vector;
    }

    /** How many texts the model has turned into vectors (cache misses), for checking that each is read once. */
    public long computed() {
        return computed.get();
    }

    /** Cosine similarity of two unit vectors: 1 the same meaning, about 0 unrelated. */
    public static double similarity(float[] a, float[] b) {
        double dot = 0;
        for (int i = 0; i < a.length; i++) {
            dot += a[i] * b[i];
        }
        return dot;
    }

    private EmbeddingModel loadedModel() {
        startLoading();
        try {
            return model.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UnavailableException("interrupted while waiting for the sentence model");
        } catch (ExecutionException e) {
            throw new UnavailableException("the offline sentence model could not be loaded ("
                    + e.getCause().getClass().getSimpleName() + "); the offline buyer and scorecard cannot run");
        }
    }

    private static float[] normalised(float[] vector) {
        double norm = 0;
        for (float value : vector) {
            norm += value * value;
        }
        double length = Math.sqrt(norm);
        float[] unit = new float[vector.length];
        for (int i = 0; i < vector.length; i++) {
            unit[i] = length == 0 ? 0 : (float) (vector[i] / length);
        }
        return unit;
    }
}
