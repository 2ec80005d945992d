package net.sellmeapen.language;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.langchain4j.model.embedding.onnx.AbstractInProcessEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.OnnxBertBiEncoder;
import dev.langchain4j.model.embedding.onnx.PoolingMode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The quantized all-MiniLM-L6-v2 model that langchain4j ships, loaded with ONNX Runtime set for a
 * server answering one short sentence at a time: one thread per inference and no spinning while
 * idle. The library's own loader keeps a pool of threads that spin between sentences, which tripled
 * the CPU a reply costs without making it faster.
 */
final class QuietMiniLm extends AbstractInProcessEmbeddingModel {

    private static final String MODEL = "/all-minilm-l6-v2-q.onnx";
    private static final String TOKENIZER = "/all-minilm-l6-v2-q-tokenizer.json";

    private final OnnxBertBiEncoder encoder;

    QuietMiniLm() {
        super(Runnable::run);
        try (InputStream model = resource(MODEL); InputStream tokenizer = resource(TOKENIZER);
                OrtSession.SessionOptions options = new OrtSession.SessionOptions()) {
            options.setIntraOpNumThreads(1);
            options.setInterOpNumThreads(1);
            options.addConfigEntry("session.intra_op.allow_spinning", "0");
            options.addConfigEntry("session.inter_op.allow_spinning", "0");
            OrtEnvironment environment = OrtEnvironment.getEnvironment();
            this.encoder = new OnnxBertBiEncoder(environment, environment.createSession(model.readAllBytes(), options),
                    tokenizer, PoolingMode.MEAN);
        } catch (IOException e) {
            throw new UncheckedIOException("the sentence model could not be read", e);
        } catch (OrtException e) {
            throw new IllegalStateException("the sentence model could not be loaded: " + e.getMessage(), e);
        }
    }

    @Override
    protected OnnxBertBiEncoder model() {
        return encoder;
    }

    @Override
    protected Integer knownDimension() {
        return SentenceEmbeddings.DIMENSIONS;
    }

    private static InputStream resource(String name) {
        InputStream in = QuietMiniLm.class.getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException("the sentence model resource " + name + " is missing");
        }
        return in;
    }
}
